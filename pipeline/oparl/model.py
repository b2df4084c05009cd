"""Read OParl 1.0 and 1.1 objects into plain values, whatever variant a server sends.

Variants handled: ``date`` (1.1) or ``publishedDate`` (1.0) on papers; embedded objects or
URLs for files, consultations, meetings and organizations; a single URL where 1.1 has a
list; list pages as ``{"data": [...], "links": {"next": ...}}`` (1.0/1.1) or older
``{"items": [...], "nextPage": ...}`` shapes, or a bare JSON array.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

Obj = dict[str, Any]


def as_list(value: Any) -> list[Any]:
    """None → [], one value → [value], a list stays.

    >>> as_list(None), as_list("u"), as_list(["a", "b"])
    ([], ['u'], ['a', 'b'])
    """
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def list_page(payload: Any) -> tuple[list[Any], str | None]:
    """(items, URL of the next page or None) of one page of an external list.

    >>> list_page({"data": [1], "links": {"next": "/p2"}})
    ([1], '/p2')
    >>> list_page({"items": [1], "nextPage": "/p2"}), list_page([1, 2])
    (([1], '/p2'), ([1, 2], None))
    """
    if isinstance(payload, list):
        return payload, None
    if not isinstance(payload, dict):
        return [], None
    items = payload.get("data", payload.get("items", []))
    links: dict[str, Any] = payload["links"] if isinstance(payload.get("links"), dict) else {}
    pagination: dict[str, Any] = payload["pagination"] if isinstance(payload.get("pagination"), dict) else {}
    nxt = links.get("next") or payload.get("nextPage") or payload.get("next") or pagination.get("next")
    return (items if isinstance(items, list) else []), (nxt if isinstance(nxt, str) and nxt else None)


def kind(obj: Any) -> str:
    """The OParl type name of an object: ``Paper`` for ``https://schema.oparl.org/1.1/Paper``.

    >>> kind({"type": "http://oparl.org/schema/1.0/Consultation"}), kind("https://x/1")
    ('Consultation', '')
    """
    if not isinstance(obj, dict):
        return ""
    return str(obj.get("type") or "").rstrip("/").rsplit("/", 1)[-1]


def day(value: Any) -> str:
    """``YYYY-MM-DD`` from an ISO date or date-time, else empty.

    >>> day("2017-05-23T17:00:00+02:00"), day("2017-05-23"), day("23.05.2017"), day(None)
    ('2017-05-23', '2017-05-23', '', '')
    """
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value) if isinstance(value, str) else None
    return m.group(1) if m else ""


def text(obj: Obj, *keys: str) -> str:
    """The first non-empty string value among ``keys``."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def paper_date(paper: Obj) -> str:
    return day(paper.get("date")) or day(paper.get("publishedDate"))


def paper_type(paper: Obj) -> str:
    return text(paper, "paperType", "documentType")


def meeting_day(meeting: Obj) -> str:
    return day(meeting.get("start")) or day(meeting.get("startDate")) or day(meeting.get("date"))


def url_of(value: Any) -> str:
    """The URL of a reference: the string itself or an embedded object's ``id``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return ""


@dataclass(frozen=True)
class FileInfo:
    """What the fetcher needs of an OParl File."""

    id: str
    urls: tuple[str, ...]  # accessUrl first, then downloadUrl
    file_name: str
    name: str
    mime_type: str
    sha1: str
    sha512: str
    text: str
    modified: str


def file_info(obj: Obj) -> FileInfo | None:
    """A File object as :class:`FileInfo`; None when it has no URL to fetch or is deleted."""
    if obj.get("deleted") is True:
        return None
    urls = tuple(u for u in (text(obj, "accessUrl"), text(obj, "downloadUrl")) if u)
    body = obj.get("text")
    if not urls:
        return None
    return FileInfo(
        id=text(obj, "id") or urls[0],
        urls=urls,
        file_name=text(obj, "fileName"),
        name=text(obj, "name"),
        mime_type=text(obj, "mimeType"),
        sha1=text(obj, "sha1Checksum").lower(),
        sha512=text(obj, "sha512Checksum").lower(),
        text=body if isinstance(body, str) else "",
        modified=text(obj, "modified"),
    )
