"""Errors of the OParl client; the CLI turns them into messages and exit codes."""

from __future__ import annotations

from ..errors import VorlagenError


class OParlError(VorlagenError):
    """Base class of everything that can go wrong while talking to an OParl server."""

    error_type = "oparl"
    stage = "fetch"


class ForeignHost(OParlError):
    """A link points at a host that is neither the system's nor allowed by --allow-host."""

    error_type = "foreign_host"


class HttpError(OParlError):
    """The server answered with an error status, or not at all, after all retries."""

    error_type = "http"

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NotOParl(OParlError):
    """The answer is not JSON or not an OParl object where one was expected."""

    error_type = "not_oparl"


class ChecksumMismatch(OParlError):
    error_type = "checksum"


class TooLarge(OParlError):
    error_type = "too_large"


class UnsafePath(OParlError):
    error_type = "unsafe_path"
