"""A polite HTTP client for OParl servers.

- one request at a time, at least ``delay`` seconds apart;
- bounded retries with exponential backoff on 5xx, 429, timeouts and dropped connections;
- redirects followed by hand, so that no hop can lead to a host that is not allowed;
- downloads streamed to disk with their hashes, with conditional request headers.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from .. import __version__
from ..settings import SettingsError
from .errors import ForeignHost, HttpError, NotOParl, TooLarge
from .model import list_page

T = TypeVar("T")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class ClientSettings:
    """How the client treats a server: pace, patience and where it may go."""

    delay: float = 1.0  # seconds between two requests
    timeout: float = 60.0  # seconds to connect and between bytes
    retries: int = 4  # further attempts after a transient failure
    backoff: float = 1.0  # first wait; doubles each attempt
    max_backoff: float = 60.0
    max_file_bytes: int = 500 * 2**20
    max_redirects: int = 5
    allow_hosts: tuple[str, ...] = ()
    user_agent: str = f"vorlagen/{__version__} (OParl client; polite, resumable)"

    def __post_init__(self) -> None:
        if self.delay < 0 or self.backoff < 0 or self.max_backoff < 0:
            raise SettingsError("--delay and backoff times must not be negative")
        if not 0 <= self.retries <= 20:
            raise SettingsError("--retries must be between 0 and 20")
        if self.timeout <= 0:
            raise SettingsError("--timeout must be positive")
        for host in self.allow_hosts:
            if not host_pattern(host):
                raise SettingsError(f"--allow-host {host!r} ist kein Hostname (Beispiel: files.example.org)")


def host_key(url: str) -> str | None:
    """``host`` or ``host:port`` (default ports dropped) of an http(s) URL, else None.

    >>> host_key("https://RIS.example.org/oparl"), host_key("http://127.0.0.1:8080/x"), host_key("file:///etc")
    ('ris.example.org', '127.0.0.1:8080', None)
    """
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower()
    return host if port in (None, DEFAULT_PORTS[parts.scheme]) else f"{host}:{port}"


def host_pattern(text: str) -> str | None:
    """An --allow-host value as the client compares it: ``host``, ``host:port`` or ``*.domain``."""
    text = text.strip().lower()
    if "://" in text:
        return host_key(text)
    body = text[2:] if text.startswith("*.") else text
    ok = body and all(c.isalnum() or c in ".-:[]" for c in body)
    return text if ok else None


def with_params(url: str, params: dict[str, str]) -> str:
    """The URL with each parameter added unless the URL already has it."""
    if not params:
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    have = {k for k, _ in query}
    query += [(k, v) for k, v in params.items() if k not in have]
    return urlunsplit(parts._replace(query=urlencode(query)))


class _Transient(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after


@dataclass
class Download:
    """A finished (200) or unchanged (304) download."""

    status: int
    url: str
    size: int = 0
    sha256: str = ""
    sha1: str = ""
    sha512: str = ""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


@dataclass
class Client:
    """Talks to the hosts of one OParl system (plus the allowed ones)."""

    root_url: str
    settings: ClientSettings = field(default_factory=ClientSettings)
    session: requests.Session = field(default_factory=requests.Session)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests_made: int = field(default=0, init=False)
    _last: float | None = field(default=None, init=False)
    _objects: dict[str, Any] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        root = host_key(self.root_url)
        if root is None:
            raise SettingsError(f"keine http(s)-Adresse: {self.root_url!r}")
        self.allowed = {root, *(p for h in self.settings.allow_hosts if (p := host_pattern(h)))}
        self.session.headers["User-Agent"] = self.settings.user_agent

    def is_allowed(self, url: str) -> bool:
        key = host_key(url)
        if key is None:
            return False
        if key in self.allowed:
            return True
        host = (urlsplit(url).hostname or "").lower()
        return any(p.startswith("*.") and (host == p[2:] or host.endswith(p[1:])) for p in self.allowed)

    def check(self, url: str) -> None:
        if not self.is_allowed(url):
            raise ForeignHost(f"{url} nicht gefolgt: Host nicht erlaubt (siehe --allow-host)")

    # -- requests -----------------------------------------------------------------
    def _wait(self) -> None:
        if self._last is not None:
            left = self.settings.delay - (self.clock() - self._last)
            if left > 0:
                self.sleep(left)

    def _request(self, url: str, headers: dict[str, str], stream: bool) -> tuple[requests.Response, str]:
        for _ in range(self.settings.max_redirects + 1):
            self.check(url)
            self._wait()
            try:
                resp = self.session.get(
                    url, headers=headers, timeout=self.settings.timeout, stream=stream, allow_redirects=False
                )
            except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
                raise _Transient(type(exc).__name__) from exc
            finally:
                self._last = self.clock()
                self.requests_made += 1
            if resp.status_code in REDIRECT_STATUS and resp.headers.get("Location"):
                resp.close()
                url = urljoin(url, resp.headers["Location"])
                continue
            if resp.status_code in RETRY_STATUS:
                resp.close()
                raise _Transient(f"HTTP {resp.status_code}", resp.status_code, retry_after(resp))
            return resp, url
        raise HttpError(f"{url}: mehr als {self.settings.max_redirects} Weiterleitungen")

    def _retrying(self, url: str, action: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                return action()
            except _Transient as exc:
                if attempt >= self.settings.retries:
                    raise HttpError(
                        f"{url}: {exc.reason} (nach {attempt + 1} Versuchen aufgegeben)", exc.status
                    ) from exc
                wait = min(self.settings.max_backoff, self.settings.backoff * 2**attempt)
                if exc.retry_after is not None:
                    wait = min(self.settings.max_backoff, max(wait, exc.retry_after))
                self.sleep(wait)
                attempt += 1

    def get_json(self, url: str) -> Any:
        """GET a JSON document (an OParl object or list page)."""

        def action() -> Any:
            resp, final = self._request(url, {"Accept": "application/json"}, stream=False)
            if resp.status_code != 200:
                raise HttpError(f"{final}: HTTP {resp.status_code}", resp.status_code)
            try:
                return resp.json()
            except ValueError as exc:
                raise NotOParl(f"{final}: die Antwort ist kein JSON") from exc

        return self._retrying(url, action)

    def get_object(self, url: str) -> dict[str, Any]:
        """An OParl object by URL, remembered for the rest of the run."""
        if url not in self._objects:
            obj = self.get_json(url)
            if not isinstance(obj, dict):
                raise NotOParl(f"{url}: OParl-Objekt erwartet, erhalten: {type(obj).__name__}")
            if len(self._objects) > 20_000:
                self._objects.clear()
            self._objects[url] = obj
        return dict(self._objects[url])

    def iter_list(self, url: str, params: dict[str, str] | None = None) -> Iterator[Any]:
        """The items of an external list, page by page along ``links.next``."""
        seen: set[str] = set()
        page: str | None = with_params(url, params or {})
        while page and page not in seen:
            seen.add(page)
            items, nxt = list_page(self.get_json(page))
            yield from items
            page = with_params(urljoin(page, nxt), params or {}) if nxt else None

    def download(self, url: str, target: Path, headers: dict[str, str] | None = None) -> Download:
        """Stream ``url`` into ``target`` (overwritten); a 304 leaves ``target`` untouched."""

        def action() -> Download:
            resp, final = self._request(url, headers or {}, stream=True)
            with resp:
                if resp.status_code == 304:
                    return Download(
                        304, final, etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified")
                    )
                if resp.status_code != 200:
                    raise HttpError(f"{final}: HTTP {resp.status_code}", resp.status_code)
                hashes = [hashlib.sha256(), hashlib.sha1(), hashlib.sha512()]
                size = 0
                try:
                    with open(target, "wb") as fh:
                        for chunk in resp.iter_content(1 << 16):
                            size += len(chunk)
                            if size > self.settings.max_file_bytes:
                                raise TooLarge(f"{final}: größer als {self.settings.max_file_bytes} Bytes")
                            fh.write(chunk)
                            for h in hashes:
                                h.update(chunk)
                except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
                    raise _Transient(f"Download unterbrochen ({type(exc).__name__})") from exc
                return Download(
                    200,
                    final,
                    size,
                    hashes[0].hexdigest(),
                    hashes[1].hexdigest(),
                    hashes[2].hexdigest(),
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                    content_type=resp.headers.get("Content-Type"),
                )

        return self._retrying(url, action)


def retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After", "")
    return float(value) if value.strip().isdigit() else None
