"""Walk an OParl system: system → bodies → papers → files and consultations.

References may be embedded objects or URLs; URLs are fetched (once per run) through the
client, which refuses hosts that are not allowed. A reference that cannot be resolved is
noted and left as its URL; it never stops the walk.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .client import Client
from .errors import NotOParl, OParlError
from .model import FileInfo, Obj, as_list, file_info, kind, meeting_day, paper_type, text, url_of
from .names import fold, matches_all, slugify

Note = Callable[[str], None]


@dataclass(frozen=True)
class PaperFilter:
    """Which papers to keep: all search words in name or reference, one of the paper types."""

    search: tuple[str, ...] = ()
    paper_types: tuple[str, ...] = ()

    def keep(self, paper: Obj) -> bool:
        if paper.get("deleted") is True:
            return False
        if self.search and not matches_all(self.search, text(paper, "name"), text(paper, "reference")):
            return False
        if self.paper_types and fold(paper_type(paper)) not in {fold(t).strip() for t in self.paper_types}:
            return False
        return True

    def fingerprint(self) -> str:
        """Equal for filters that select the same papers (so an incremental run may build on it)."""
        return json.dumps([sorted(fold(w) for w in self.search), sorted(fold(t) for t in self.paper_types)])


def resolve(client: Client, ref: Any, note: Note) -> Obj | None:
    """An embedded object as is; a URL fetched; None (noted) when that fails."""
    if isinstance(ref, dict):
        return ref
    if isinstance(ref, str) and ref:
        try:
            return client.get_object(ref)
        except OParlError as exc:
            note(str(exc))
    return None


def body_matches(body: Obj, selector: str) -> bool:
    """--body accepts the body's URL, the last segment of its URL, its short name, name or slug."""
    want = fold(selector.strip())
    body_id = text(body, "id")
    candidates = {body_id, body_id.rstrip("/").rsplit("/", 1)[-1], text(body, "shortName"), text(body, "name")}
    slug = slugify(selector)
    return (
        want in {fold(c) for c in candidates if c}
        or bool(slug)
        and slug in {slugify(c) for c in (text(body, "shortName"), text(body, "name")) if c}
    )


def iter_bodies(client: Client, url: str, selector: str | None, note: Note) -> Iterator[Obj]:
    """The bodies of a system (or the body itself when ``url`` names a Body)."""
    root = client.get_object(url)
    if kind(root) == "Body" or ("paper" in root and "body" not in root):
        refs: Any = [root]
    elif "body" in root:
        ref = root["body"]
        refs = client.iter_list(ref) if isinstance(ref, str) else as_list(ref)
    else:
        raise NotOParl(f"{url}: weder ein OParl-System noch eine Körperschaft (Body; kein Feld 'body' oder 'paper')")
    for item in refs:
        body = resolve(client, item, note)
        if body is None or body.get("deleted") is True:
            continue
        if selector is None or body_matches(body, selector):
            yield body


def iter_papers(client: Client, body: Obj, since: str | None, note: Note) -> Iterator[Obj]:
    """Every paper of a body, modified since ``since`` when given (OParl ``modified_since``)."""
    ref = body.get("paper")
    if isinstance(ref, str):
        items: Any = client.iter_list(ref, {"modified_since": since} if since else None)
    else:
        items = as_list(ref)
    for item in items:
        paper = resolve(client, item, note)
        if paper is not None:
            yield paper


def consultations(client: Client, paper: Obj, note: Note) -> list[dict[str, Any]]:
    """The paper's consultations as stated by the server, with meeting and organization resolved."""
    out: list[dict[str, Any]] = []
    for ref in as_list(paper.get("consultation")):
        c = resolve(client, ref, note) or {"id": url_of(ref)}
        if c.get("deleted") is True:
            continue
        meeting = resolve(client, c.get("meeting"), note) or {}
        org_refs = as_list(c.get("organization")) or as_list(meeting.get("organization"))
        orgs = [resolve(client, o, note) or {"id": url_of(o)} for o in org_refs]
        authoritative = c.get("authoritative")
        out.append(
            {
                "url": url_of(ref) or text(c, "id"),
                "organization": "; ".join(text(o, "name", "shortName") for o in orgs if text(o, "name", "shortName")),
                "organization_short": "; ".join(text(o, "shortName") for o in orgs if text(o, "shortName")),
                "organization_url": "; ".join(text(o, "id") for o in orgs if text(o, "id")),
                "meeting_url": url_of(c.get("meeting")),
                "meeting_name": text(meeting, "name"),
                "meeting_date": meeting_day(meeting),
                "role": text(c, "role"),
                "authoritative": authoritative if isinstance(authoritative, bool) else None,
            }
        )
    return out


@dataclass(frozen=True)
class FileRef:
    """One file of a paper: its role, where it is referenced, and what is known of it."""

    role: str  # main | auxiliary
    ref: str  # URL of the File object (or of the file when the server gave no id)
    info: FileInfo | None  # None: the File object could not be read
    problem: str = ""


def paper_files(client: Client, paper: Obj, auxiliary: bool, note: Note) -> list[FileRef]:
    refs = [("main", paper.get("mainFile"))]
    if auxiliary:
        refs += [("auxiliary", f) for f in as_list(paper.get("auxiliaryFile"))]
    out: list[FileRef] = []
    for role, ref in refs:
        if not ref:
            continue
        problems: list[str] = []
        obj = resolve(client, ref, problems.append)
        info = file_info(obj) if obj is not None else None
        if obj is not None and obj.get("deleted") is True:
            continue
        if info is None:
            msg = problems[0] if problems else "die Datei (File) hat weder accessUrl noch downloadUrl"
            note(msg)
            out.append(FileRef(role, url_of(ref), None, msg))
        else:
            out.append(FileRef(role, url_of(ref) or info.id, info))
    return out
