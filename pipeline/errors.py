"""One base exception for the package, with narrow subclasses, and the ``errors`` row of each.

Each subclass names the ``error_type`` written to the ``errors`` table (one class for every
type the README's failure table lists) and the stage it belongs to; :func:`error_row` is the
one way a failure becomes a row. Only the CLI turns exceptions into user-facing messages and
exit codes.
"""

from __future__ import annotations

from typing import Any


class VorlagenError(Exception):
    """Base class of every error the pipeline reports about an input or a setting."""

    error_type = "error"
    stage = "ingest"


class EmptyFile(VorlagenError):
    error_type = "empty_file"


class UnsupportedFormat(VorlagenError):
    error_type = "unsupported_format"


class Skipped(VorlagenError):
    """A file in an input folder that is not a document the pipeline reads (listed, not a failure)."""

    error_type = "skipped"


class NothingToRead(VorlagenError):
    """The inputs name no file to read: a missing path, an empty folder. A usage error."""

    error_type = "no_input"


class CorruptFile(VorlagenError):
    error_type = "corrupt_pdf"


class Encrypted(VorlagenError):
    error_type = "encrypted"


class NoPages(VorlagenError):
    error_type = "no_pages"


class TooManyPages(VorlagenError):
    error_type = "too_many_pages"


class Unreadable(VorlagenError):
    error_type = "unreadable"


class PageTooLarge(VorlagenError):
    error_type = "page_too_large"
    stage = "ocr"


class NoTextLayer(VorlagenError):
    """A page without a usable text layer while OCR is switched off."""

    error_type = "no_text_layer"
    stage = "ocr"


class OcrUnavailable(VorlagenError):
    error_type = "ocr_unavailable"
    stage = "ocr"


class OcrFailed(VorlagenError):
    error_type = "ocr_failed"
    stage = "ocr"


class Timeout(VorlagenError):
    """The document took longer than the per-document limit; its worker was stopped."""

    error_type = "timeout"


class OutOfMemory(VorlagenError):
    """The document needed more than the per-worker memory limit."""

    error_type = "out_of_memory"


class WorkerCrashed(VorlagenError):
    """The worker process died on the document (a crash in a PDF library)."""

    error_type = "worker_crashed"


class ExtractorFailed(VorlagenError):
    """One extractor (or the review) raised on a document; the other tables are still filled."""

    error_type = "extractor_failed"
    stage = "extract"


class InternalError(VorlagenError):
    """An unexpected error outside the extractors."""

    error_type = "internal_error"


class ResourceError(VorlagenError):
    """A YAML resource file is malformed."""

    error_type = "resource"
    stage = "extract"


def error_row(exc: BaseException, source_path: str, doc_id: str | None, stage: str | None = None) -> dict[str, Any]:
    """The ``errors`` row of a failure; an exception of another package is an internal error.

    >>> error_row(Unreadable("permission denied"), "a.pdf", None)["error_type"]
    'unreadable'
    >>> error_row(ValueError(), "a.pdf", "ab12", stage="extract")["message"]
    'ValueError'
    """
    return {
        "source_path": source_path,
        "doc_id": doc_id,
        "stage": stage or getattr(exc, "stage", "ingest"),
        "error_type": getattr(exc, "error_type", InternalError.error_type),
        "message": str(exc) or type(exc).__name__,
    }
