"""One base exception for the package, with narrow subclasses.

Each subclass names the ``error_type`` written to the ``errors`` table; only the CLI turns
exceptions into user-facing messages and exit codes.
"""

from __future__ import annotations


class VorlagenError(Exception):
    """Base class of every error the pipeline reports about an input or a setting."""

    error_type = "error"
    stage = "ingest"


class EmptyFile(VorlagenError):
    error_type = "empty_file"


class UnsupportedFormat(VorlagenError):
    error_type = "unsupported_format"


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
    error_type = "timeout"


class ResourceError(VorlagenError):
    """A YAML resource file is malformed."""

    error_type = "resource"
    stage = "extract"
