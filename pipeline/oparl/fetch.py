"""Fetch the documents of an OParl system into ``<out>/<body>/`` with a manifest per body.

A run walks every (selected) body's paper list, keeps the papers that pass the filter,
fetches their files and records each in the manifest. Manifest and state are saved as the
run goes, so an interrupted run resumes where it stopped; a run that walked a body's list to
the end remembers its start time, and the next run asks only for papers modified since then.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import chain
from pathlib import Path
from typing import Any

from ..settings import SettingsError
from .client import Client
from .errors import OParlError
from .files import FileFetcher
from .manifest import MANIFEST_NAME, STATE_NAME, Manifest, State
from .model import Obj, paper_date, paper_type, text
from .names import body_folder, inside, short_hash
from .walker import FileRef, PaperFilter, consultations, iter_bodies, iter_papers, paper_files, resolve

OVERLAP = timedelta(minutes=10)  # re-ask for a little before the last run, for clock skew


@dataclass(frozen=True)
class FetchOptions:
    body: str | None = None
    filter: PaperFilter = field(default_factory=PaperFilter)
    since: str | None = None  # ISO date-time; None: from the last complete run
    full: bool = False  # ignore the last run and walk every paper
    auxiliary: bool = False

    def fingerprint(self) -> str:
        return self.filter.fingerprint() + (" +aux" if self.auxiliary else "")


@dataclass
class FetchSummary:
    bodies: int = 0
    papers_seen: int = 0
    papers_kept: int = 0
    files: dict[str, int] = field(default_factory=dict)  # status → count
    notes: list[str] = field(default_factory=list)  # problems that did not stop the walk
    walk_errors: list[str] = field(default_factory=list)  # lists that could not be read to the end
    folders: list[Path] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        problems = ("error", "stale", "text_only")
        return sum(self.files.get(k, 0) for k in problems) + len(self.walk_errors)

    def line(self) -> str:
        """The run in one German line (the manifest's status codes by their German names)."""
        files = (
            ", ".join(f"{n} {FILE_STATUS.get(k, k.replace('_', ' '))}" for k, n in sorted(self.files.items()))
            or "keine"
        )
        seconds = f"{self.seconds:.1f}".replace(".", ",")
        return (
            f"{self.bodies} Körperschaft(en), {self.papers_seen} Vorlagen gesehen, {self.papers_kept} behalten; "
            f"Dateien: {files}; {len(self.walk_errors)} Fehler beim Abruf der Listen, {len(self.notes)} Hinweis(e); "
            f"{self.requests} Anfragen; {seconds} s"
        )


# The manifest's status codes (English, as the manifest stores them) as the summary line names them.
FILE_STATUS = {
    "downloaded": "heruntergeladen",
    "unchanged": "unverändert",
    "skipped": "übersprungen",
    "stale": "veraltet",
    "text_only": "nur Text",
    "error": "fehlgeschlagen",
    "no_file": "ohne Datei",
}


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_time(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def parse_since(value: str) -> str:
    """--since as an ISO date-time in UTC (a bare date means its midnight, UTC).

    >>> parse_since("2024-01-31"), parse_since("2024-01-31T12:00:00+01:00")
    ('2024-01-31T00:00:00+00:00', '2024-01-31T11:00:00+00:00')
    """
    dt = parse_time(value)
    if dt is None:
        raise SettingsError(f"--since {value!r} ist kein Datum (JJJJ-MM-TT) und keine ISO-Zeitangabe")
    return dt.astimezone(UTC).isoformat()


def fetch(
    system_url: str, out: Path, options: FetchOptions, client: Client, progress: Callable[[str], None] | None = None
) -> FetchSummary:
    """Fetch every kept paper's files of the system's (selected) bodies into ``out``."""
    started = time.perf_counter()
    summary = FetchSummary()
    used: dict[str, str] = {}
    bodies = iter_bodies(client, system_url, options.body, summary.notes.append)
    try:
        for body in bodies:
            summary.bodies += 1
            BodyRun(client, out, body, options, summary, progress, used).run()
    except OParlError as exc:
        if summary.bodies == 0:
            raise
        summary.walk_errors.append(f"Liste der Körperschaften: {exc}")
    finally:
        summary.requests = client.requests_made
        summary.seconds = time.perf_counter() - started
    if options.body and summary.bodies == 0:
        raise OParlError(f"keine Körperschaft von {system_url} passt zu --body {options.body!r}")
    return summary


@dataclass
class BodyRun:
    client: Client
    out: Path
    body: Obj
    options: FetchOptions
    summary: FetchSummary
    progress: Callable[[str], None] | None
    used: dict[str, str]

    def folder(self) -> Path:
        body_id = text(self.body, "id")
        name = body_folder(text(self.body, "shortName"), text(self.body, "name"), body_id)
        owner = State.load(inside(self.out, name) / STATE_NAME).body_id or self.used.get(name)
        if owner and owner != body_id:
            name = f"{name}-{short_hash(body_id)}"
        self.used[name] = body_id
        return inside(self.out, name)

    def since(self, state: State) -> str | None:
        if self.options.since:
            return self.options.since
        if self.options.full or not state.last_complete or state.filters != self.options.fingerprint():
            return None
        last = parse_time(state.last_complete)
        return (last - OVERLAP).isoformat() if last else None

    def run(self) -> None:
        folder = self.folder()
        folder.mkdir(parents=True, exist_ok=True)
        self.summary.folders.append(folder)
        state, manifest = State.load(folder / STATE_NAME), Manifest.load(folder / MANIFEST_NAME)
        state.body_id = text(self.body, "id")
        started, since = utc_now(), self.since(state)
        since_dt = parse_time(since) if since else None
        fetcher = FileFetcher(self.client, folder, state, utc_now)
        retry = list(state.retry_papers)
        failed: set[str] = set()
        done: set[str] = set()
        seen: set[str] = set()
        try:
            papers = chain(self.retry_papers(retry), iter_papers(self.client, self.body, since, self.note))
            for paper in papers:
                pid = text(paper, "id") or short_hash(json.dumps(paper, sort_keys=True), 16)
                if pid in seen:
                    continue
                seen.add(pid)
                self.summary.papers_seen += 1
                if self.progress:
                    self.progress(text(paper, "reference", "name"))
                modified = parse_time(text(paper, "modified"))
                if since_dt and modified and modified < since_dt and pid not in retry:
                    continue  # the server ignored modified_since
                if not self.options.filter.keep(paper):
                    done.add(pid)
                    continue
                self.summary.papers_kept += 1
                ok = self.paper(paper, fetcher, manifest, state)
                (done if ok else failed).add(pid)
            complete = True
        except OParlError as exc:
            complete = False
            self.summary.walk_errors.append(f"{text(self.body, 'name') or text(self.body, 'id')}: {exc}")
        finally:
            state.retry_papers = sorted(failed | (set(retry) - done))
            manifest.save()
            state.save()
        if complete:
            if not self.options.since or not state.last_complete or self.options.since <= state.last_complete:
                state.last_complete = started
            state.filters = self.options.fingerprint()
            state.save()

    def note(self, message: str) -> None:
        self.summary.notes.append(message)

    def retry_papers(self, urls: list[str]) -> Iterator[Obj]:
        """Papers whose files failed last time, fetched again whether modified or not."""
        for url in urls:
            paper = resolve(self.client, url, self.note)
            if paper is not None:
                yield paper

    def paper(self, paper: Obj, fetcher: FileFetcher, manifest: Manifest, state: State) -> bool:
        """Fetch a paper's files into the manifest; False when one of them failed."""
        refs = paper_files(self.client, paper, self.options.auxiliary, self.note)
        stated = consultations(self.client, paper, self.note)
        ok = True
        if not refs:
            manifest.put(self.row(paper, None, stated) | {"status": "no_file", "checked_at": utc_now()})
        for ref in refs:
            row = self.row(paper, ref, stated)
            if ref.info is None:
                row |= {"status": "error", "error": ref.problem, "checked_at": utc_now()}
            else:
                row |= fetcher.fetch(paper, ref.info)
            status = row["status"]
            self.summary.files[status] = self.summary.files.get(status, 0) + 1
            ok = ok and status in ("downloaded", "unchanged", "skipped")
            manifest.put(row)
            if status != "unchanged":
                manifest.save()
                state.save()
        return ok

    def row(self, paper: Obj, ref: FileRef | None, stated: list[dict[str, Any]]) -> dict[str, Any]:
        info = ref.info if ref else None
        return {
            "paper_id": text(paper, "id"),
            "paper_web": text(paper, "web"),
            "reference": text(paper, "reference"),
            "name": text(paper, "name"),
            "date": paper_date(paper),
            "paper_type": paper_type(paper),
            "paper_modified": text(paper, "modified"),
            "file_role": ref.role if ref else "",
            "file_id": (info.id if info else ref.ref) if ref else "",
            "file_name": (info.file_name or info.name) if info else "",
            "mime_type": info.mime_type if info else "",
            "file_url": info.urls[0] if info else "",
            "consultations": json.dumps(stated, ensure_ascii=False),
            "body_id": text(self.body, "id"),
            "body_name": text(self.body, "name", "shortName"),
        }
