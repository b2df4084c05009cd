"""Fetch one OParl File into a body folder: skip, revalidate or download, then verify.

A file already on disk is kept without a request when the server's checksum matches it,
revalidated with If-None-Match/If-Modified-Since when validators are known, and downloaded
otherwise. A download whose sha1/sha512 disagrees with the File object is tried once more,
then dropped. When the server supplies ``File.text`` and the file cannot be read as text
(an image-only or broken PDF, or a format the pipeline does not read) the text is written
beside it as ``<stem>.txt``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .client import Client, Download
from .errors import ChecksumMismatch, ForeignHost, HttpError, OParlError
from .manifest import State, atomic_write
from .model import FileInfo, Obj, text
from .names import file_stem, file_suffix, inside

TEXT_SUFFIXES = (".txt", ".md")
MIN_TEXT_CHARS = 20


def hashes_of(path: Path) -> tuple[str, str, str]:
    """(sha256, sha1, sha512) of a file."""
    hs = [hashlib.sha256(), hashlib.sha1(), hashlib.sha512()]
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            for h in hs:
                h.update(chunk)
    return hs[0].hexdigest(), hs[1].hexdigest(), hs[2].hexdigest()


def mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()


def checksum_problem(info: FileInfo, sha1: str, sha512: str) -> str:
    """Empty when the server's checksums (where given) match, else what differs."""
    if info.sha1 and info.sha1 != sha1:
        return f"sha1 {sha1} weicht von sha1Checksum {info.sha1} ab"
    if info.sha512 and info.sha512 != sha512:
        return "sha512 weicht von sha512Checksum ab"
    return ""


def readable(path: Path) -> bool:
    """Whether the pipeline gets text out of the file without OCR."""
    if path.suffix.lower() in TEXT_SUFFIXES:
        return True
    with open(path, "rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            return False
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            chars = 0
            for page in pdf:
                textpage = page.get_textpage()
                chars += sum(1 for c in textpage.get_text_range() if not c.isspace())
                textpage.close()
                page.close()
                if chars >= MIN_TEXT_CHARS:
                    return True
        finally:
            pdf.close()
    except Exception:  # any parser failure means the pipeline cannot read it either
        return False
    return False


@dataclass
class FileFetcher:
    client: Client
    folder: Path
    state: State
    now: Callable[[], str]

    def target(self, paper: Obj, info: FileInfo) -> Path:
        stem = file_stem(text(paper, "reference"), text(paper, "name"), info.file_name or info.name, info.id)
        return inside(self.folder, stem + file_suffix(info.file_name, info.mime_type))

    def fetch(self, paper: Obj, info: FileInfo) -> dict[str, Any]:
        """Manifest fields of one file: status, paths, hashes, times, error."""
        dest = self.target(paper, info)
        row: dict[str, Any] = {"file_path": "", "text_path": "", "checked_at": self.now(), "error": ""}
        url = next((u for u in info.urls if self.client.is_allowed(u)), None)
        row["file_url"] = url or info.urls[0]
        if url is None:
            row.update(status="skipped", error=str(ForeignHost(f"{info.urls[0]} nicht gefolgt: Host nicht erlaubt")))
            return row
        entry = dict(self.state.files.get(dest.name, {}))
        local = hashes_of(dest) if dest.is_file() else None
        try:
            download = self.obtain(info, url, dest, entry, local)
        except OParlError as exc:
            row.update(status="error", error=str(exc))
            if local is not None and dest.is_file() and entry.get("sha256") == local[0]:
                # could not revalidate: the copy fetched earlier stays (and is retried next run)
                row.update(
                    status="stale",
                    file_path=dest.name,
                    sha256=local[0],
                    sha1=local[1],
                    size=dest.stat().st_size,
                    retrieved_at=entry.get("retrieved_at", ""),
                )
            elif info.text:
                row.update(status="text_only", text_path=self.write_text(dest, info))
            return row
        if download is not None and download.status == 200:
            same = local is not None and local[0] == download.sha256  # a server without validators
            status, sha256, sha1 = "unchanged" if same else "downloaded", download.sha256, download.sha1
            entry = {"etag": download.etag, "last_modified": download.last_modified, "retrieved_at": self.now()}
        else:
            assert local is not None
            status, (sha256, sha1, _) = "unchanged", local
            if download is not None:  # 304: the server may send fresher validators
                entry |= {k: v for k, v in (("etag", download.etag), ("last_modified", download.last_modified)) if v}
        entry.update(file_id=info.id, sha256=sha256, sha1=sha1, modified=info.modified, size=dest.stat().st_size)
        entry.setdefault("retrieved_at", mtime(dest))
        if entry.get("readable_sha256") != sha256:
            entry["readable"], entry["readable_sha256"] = readable(dest), sha256
        if info.text and not entry["readable"] and dest.suffix not in TEXT_SUFFIXES:
            row["text_path"] = self.write_text(dest, info)
        self.state.files[dest.name] = entry
        row.update(
            status=status,
            file_path=dest.name,
            sha256=sha256,
            sha1=sha1,
            size=entry["size"],
            retrieved_at=entry.get("retrieved_at", ""),
        )
        return row

    def obtain(
        self, info: FileInfo, url: str, dest: Path, entry: dict[str, Any], local: tuple[str, str, str] | None
    ) -> Download | None:
        """The response (200 or 304), or None when the copy on disk needs no request."""
        headers: dict[str, str] = {}
        if local is not None:
            sha256, sha1, sha512 = local
            if (info.sha1 or info.sha512) and not checksum_problem(info, sha1, sha512):
                return None
            known = entry.get("sha256") == sha256 and not (info.sha1 or info.sha512)
            if known and (entry.get("etag") or entry.get("last_modified")):
                if entry.get("etag"):
                    headers["If-None-Match"] = entry["etag"]
                if entry.get("last_modified"):
                    headers["If-Modified-Since"] = entry["last_modified"]
            elif known and info.modified and entry.get("modified") == info.modified:
                return None
        return self.download_verified(info, url, dest, headers)

    def download_verified(self, info: FileInfo, url: str, dest: Path, headers: dict[str, str]) -> Download:
        part = dest.with_name(f".{dest.name}.part")
        problem = ""
        try:
            for attempt in range(2):
                download = self.client.download(url, part, headers if attempt == 0 else {})
                if download.status == 304:
                    if not headers:
                        raise HttpError(f"{url}: 304 Not Modified auf eine Anfrage ohne Bedingung")
                    return download
                problem = checksum_problem(info, download.sha1, download.sha512)
                if not problem:
                    os.replace(part, dest)
                    return download
        finally:
            part.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)  # an older copy that no longer matches is not kept either
        raise ChecksumMismatch(f"{url}: {problem} (zweimal heruntergeladen)")

    def write_text(self, dest: Path, info: FileInfo) -> str:
        target = dest.with_suffix(".txt")
        if not target.is_file() or target.read_text(encoding="utf-8", errors="replace") != info.text:
            atomic_write(target, info.text)
        return target.name
