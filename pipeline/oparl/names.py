"""Text folding for search and safe file names built from server data.

Everything a server sends (paper names, file names, body names) is untrusted: names are
reduced to ``[a-z0-9-]``, so no separator, drive letter or ``..`` can reach a path.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from pipeline.lang.de.spelling import SPELLED_OUT

from .errors import UnsafePath

UMLAUTS = str.maketrans(SPELLED_OUT)
MIME_SUFFIXES = {
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "application/msword": ".doc",
    "application/rtf": ".rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
}
MAX_STEM = 90


def fold(text: str) -> str:
    """Lower case with umlauts spelled out and other accents dropped.

    >>> fold("Förderung STRAẞE Café")
    'foerderung strasse cafe'
    """
    t = unicodedata.normalize("NFC", text).translate(UMLAUTS)
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return t.casefold()


def matches_all(words: Iterable[str], *texts: str | None) -> bool:
    """True when every word occurs in one of the texts (case and umlaut spelling ignored).

    >>> matches_all(["integrationskonzept", "Fortschreibung"], "Fortschreibung des Integrationskonzeptes", None)
    True
    >>> matches_all(["Foerderung"], "Förderrichtlinie")
    False
    """
    hay = " ".join(fold(t) for t in texts if t)
    return all(fold(w) in hay for w in words if w.strip())


def slugify(text: str | None, max_len: int = MAX_STEM) -> str:
    """``[a-z0-9-]`` only, at most ``max_len`` characters; empty when nothing is left.

    >>> slugify("../../etc/passwd")
    'etc-passwd'
    >>> slugify("Vorlage 500/035/2017 – Integrationskonzept 2.0")
    'vorlage-500-035-2017-integrationskonzept-2-0'
    """
    t = re.sub(r"[^a-z0-9]+", "-", fold(text or "")).strip("-")
    return t[:max_len].rstrip("-")


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def file_suffix(file_name: str | None, mime_type: str | None) -> str:
    """A plain suffix from the server's file name, else from the MIME type, else ``.bin``.

    >>> file_suffix("Vorlage.PDF", None), file_suffix("x.p df", "application/pdf"), file_suffix(None, None)
    ('.pdf', '.pdf', '.bin')
    """
    name = PurePosixPath((file_name or "").replace("\\", "/")).name
    suffix = PurePosixPath(name).suffix.lower()
    if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix):
        return suffix
    mime = (mime_type or "").split(";")[0].strip().lower()
    return MIME_SUFFIXES.get(mime, ".bin")


def file_stem(reference: str | None, paper_name: str | None, file_name: str | None, file_id: str) -> str:
    """``<reference>_<file name>_<hash of the file id>``: readable, unique, stable across runs."""
    label = slugify(reference, 30) or slugify(paper_name, 30)
    base = slugify(PurePosixPath((file_name or "").replace("\\", "/")).stem, 50)
    parts = [p for p in (label, base) if p]
    return "_".join([*parts, short_hash(file_id)])


def body_folder(short_name: str | None, name: str | None, body_id: str) -> str:
    """Folder name of a body: its short name or name as a slug, else a hash of its id."""
    return slugify(short_name, 60) or slugify(name, 60) or f"body-{short_hash(body_id)}"


def inside(root: Path, name: str) -> Path:
    """``root / name``, refusing anything that would leave ``root``."""
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
        raise UnsafePath(f"unsicherer Dateiname {name!r}")
    target = (root / name).resolve()
    if target.parent != root.resolve():
        raise UnsafePath(f"{name!r} verlässt den Ausgabeordner")
    return root / name
