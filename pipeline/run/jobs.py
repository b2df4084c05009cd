"""Jobs: one input file each, and the pure function that turns it into a result.

:func:`process_file` is pure (bytes + settings → result dict), so it can run serially, in a
process pool or on a Dask cluster with identical output. A result holds the document's
table rows, its errors rows and its text; a file that cannot be read gives a result with
one errors row and no tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import CorruptFile, InternalError, OutOfMemory, Unreadable, VorlagenError, error_row
from ..settings import Settings
from ..sources import relative_source

Result = dict[str, Any]
MEMORY_MESSAGE = "das Dokument braucht mehr Speicher als die Grenze je Dokument"


def process_file(path: str, source_path: str, settings: Settings, data: bytes | None = None) -> Result:
    """Ingest and extract one file. Never raises for a bad input: errors are in the result."""
    from ..extract.rows import extract_file
    from ..ingest.readers import file_digest, input_bytes, read_document

    doc_id: str | None = None
    try:
        if data is None:
            data = input_bytes(Path(path))
    except OSError as exc:  # permissions, a symlink loop, a file removed since planning
        return failed_result(Unreadable(exc.strerror or str(exc)), source_path, None)
    try:
        digest = file_digest(data) if data else None  # hashed once, here
        doc_id = digest[0] if digest else None
        doc, problems = read_document(Path(path), source_path, settings, data, digest)
    except VorlagenError as exc:
        return failed_result(exc, source_path, doc_id)
    except MemoryError:
        return failed_result(OutOfMemory(MEMORY_MESSAGE), source_path, doc_id)
    except Exception as exc:  # a reader bug or a PDF that crashes the parser
        kind = CorruptFile if str(path).lower().endswith(".pdf") else InternalError
        return failed_result(kind(f"{type(exc).__name__}: {exc}"), source_path, doc_id)
    try:
        read = extract_file(doc)  # one document, or one per submission of a bundle that is split
    except Exception as exc:  # a bug outside the extractors' own guard must not stop the run
        return failed_result(InternalError(f"{type(exc).__name__}: {exc}"), source_path, doc.doc_id, "extract")
    problems_rows = [
        error_row(p.error, source_path, doc.doc_id) | {"message": f"Seite {p.page}: {p.error}"} for p in problems
    ]
    results = [document_result(part, tables, errors) for part, tables, errors, _ in read]
    if len(results) == 1:
        results[0]["errors"] = problems_rows + results[0]["errors"]
        return results[0]
    # a bundle: the file's result holds its parts' (runner.attach, Assembler.add and the cache read them)
    return {
        "doc_id": doc.doc_id,
        "source_path": source_path,
        "tables": {},
        "errors": problems_rows,
        "text": doc.text,
        "parts": results,
    }


def document_result(doc: Document, tables: dict[str, Any], errors: list[dict[str, Any]]) -> Result:
    """The result of one document read from a file (the file's, or one part's of a bundle),
    with its text's fingerprint for the submission groups, computed here in the worker."""
    from ..analysis.submissions import fingerprint

    result: Result = {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "tables": tables,
        "errors": errors,
        "text": doc.text,
        "grams": fingerprint(doc.text),
    }
    if doc.repairs:  # OCR repairs, written beside the text
        result["repairs"] = [[r.start, r.end, r.before, r.kind] for r in doc.repairs]
    return result


def parts(result: Result) -> list[Result]:
    """The results of the documents a file's result holds: its parts' (a bundle), else itself."""
    return list(result.get("parts") or [result])


def failed_result(exc: BaseException, source_path: str, doc_id: str | None, stage: str | None = None) -> Result:
    """The result of a document that produced no tables, only the errors row of ``exc``."""
    return {
        "doc_id": doc_id,
        "source_path": source_path,
        "tables": {},
        "text": None,
        "errors": [error_row(exc, source_path, doc_id, stage)],
    }


@dataclass
class Job:
    path: str
    source_path: str
    doc_id: str | None
    data: bytes | None = None
    duplicates: list[str] = field(default_factory=list)


def plan_jobs(paths: list[Path], on_error: Callable[[dict[str, Any]], None]) -> list[Job]:
    """Hash every file once; files with identical bytes become one job with both paths."""
    from ..ingest.readers import file_digest, input_bytes

    jobs: dict[str, Job] = {}
    order: list[Job] = []
    for p in paths:
        source = relative_source(p)
        try:
            data = input_bytes(p)  # a folder of page images: its images as one document
        except PermissionError:
            on_error(error_row(Unreadable("keine Leseberechtigung: die Datei ist nicht lesbar"), source, None))
            continue
        except OSError as exc:
            on_error(error_row(Unreadable(f"{exc.strerror or exc}"), source, None))
            continue
        doc_id = file_digest(data)[0] if data else None
        if doc_id and doc_id in jobs:
            jobs[doc_id].duplicates.append(source)
            continue
        job = Job(str(p), source, doc_id)
        if doc_id:
            jobs[doc_id] = job
        order.append(job)
    return order
