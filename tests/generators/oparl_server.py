"""A local OParl server for tests: objects built in code after the official examples.

The objects follow the shapes of the OParl 1.1 examples (System, Body, Paper with embedded
File and Consultation, Meeting, Organization) and can be served in OParl 1.0 style
(``publishedDate``, references as URLs, a single organization URL per consultation, as in
the 2015 examples). The server listens on 127.0.0.1 only, logs every request and can be told
to fail a path with HTTP 500 a number of times.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
GRID = ROOT / "data" / "raw" / "pdf" / "grid"
LAST_MODIFIED = "Mon, 15 Jan 2024 09:00:00 GMT"


@dataclass
class FixtureFile:
    key: str  # /files/<key>
    data: bytes
    file_name: str
    mime_type: str = "application/pdf"
    name: str = ""
    text: str | None = None
    checksum: str = "sha1"  # sha1 | sha512 | none | wrong
    foreign: bool = False  # accessUrl and downloadUrl on the other server
    redirect: bool = False  # accessUrl here, answered with a redirect to the other server
    validators: bool = True  # ETag and Last-Modified headers, and 304 answers
    modified: str = "2024-01-15T10:00:00+01:00"


@dataclass
class FixtureConsultation:
    organization: str  # key of Site.organizations
    meeting: str  # key of Site.meetings
    role: str
    authoritative: bool = False


@dataclass
class FixturePaper:
    key: str
    body: str  # key of Site.bodies
    reference: str
    name: str
    date: str
    paper_type: str
    main: FixtureFile | None
    consultations: list[FixtureConsultation] = field(default_factory=list)
    aux: list[FixtureFile] = field(default_factory=list)
    modified: str = "2024-01-15T10:00:00+01:00"


@dataclass
class Site:
    bodies: dict[str, tuple[str, str]]  # key → (name, shortName)
    organizations: dict[str, tuple[str, str, str]]  # key → (body, name, shortName)
    meetings: dict[str, tuple[str, str, str]]  # key → (organization, name, start)
    papers: list[FixturePaper]

    def files(self) -> list[FixtureFile]:
        return [f for p in self.papers for f in ([p.main] if p.main else []) + p.aux]


def empty_pdf() -> bytes:
    """A one-page PDF without any text (as a scan without OCR layer looks to a reader)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


# The sample documents as papers of the municipalities they come from (read off the documents).
SEEDS = {
    "000": (
        "landau",
        "500/035/2017",
        "Fortschreibung des Integrationskonzeptes der Stadt Landau in der Pfalz",
        "2017-03-14",
        "Sitzungsvorlage",
        [
            ("ld-stadtvorstand", "2017-02-20", "Vorberatung", False),
            ("ld-beirat", "2017-04-25", "Vorberatung", False),
            ("ld-sozial", "2017-04-26", "Vorberatung", False),
            ("ld-haupt", "2017-05-09", "Vorberatung", False),
            ("ld-rat", "2017-05-23", "Entscheidung", True),
        ],
    ),
    "001": (
        "landshut",
        "",
        "Integrationskonzept; weiteres Vorgehen",
        "2024-11-13",
        "Sitzungsvorlage",
        [("la-sozial", "2024-12-05", "Beratung", False)],
    ),
    "002": (
        "loerrach",
        "139/2018",
        "Weiterentwicklung des Integrationskonzeptes - Teilhabeplan V Integration",
        "2018-06-20",
        "Sitzungsvorlage",
        [("loe-sozial", "2018-06-20", "Vorberatung", False), ("loe-kreistag", "2018-07-18", "Beschluss", True)],
    ),
    "003": (
        "waiblingen",
        "",
        "Fortschreibung des Integrationskonzeptes",
        "2017-11-20",
        "Beschlussvorlage",
        [("wn-bsv", "2017-12-06", "Vorberatung", False), ("wn-gr", "2017-12-14", "Beschluss", True)],
    ),
    "004": (
        "leverkusen",
        "2017/1900",
        "Integrationskonzept Stadt Leverkusen",
        "2017-10-27",
        "Beschlussvorlage",
        [("lev-integrationsrat", "2017-11-14", "Beratung", False), ("lev-rat", "2017-12-18", "Entscheidung", True)],
    ),
}
BODIES = {
    "landau": ("Stadt Landau in der Pfalz", "Landau"),
    "landshut": ("Stadt Landshut", "Landshut"),
    "loerrach": ("Landkreis Lörrach", "Lörrach"),
    "waiblingen": ("Stadt Waiblingen", "Waiblingen"),
    "leverkusen": ("Stadt Leverkusen", "Leverkusen"),
}
ORGANIZATIONS = {
    "ld-stadtvorstand": ("landau", "Stadtvorstand", ""),
    "ld-beirat": ("landau", "Beirat für Migration und Integration", "Beirat"),
    "ld-sozial": ("landau", "Sozialausschuss", ""),
    "ld-haupt": ("landau", "Hauptausschuss", ""),
    "ld-rat": ("landau", "Stadtrat", ""),
    "la-sozial": ("landshut", "Sozialausschuss", ""),
    "loe-sozial": ("loerrach", 'Sozialausschuss und Betriebsausschuss "Heime des Landkreises Lörrach"', "SA"),
    "loe-kreistag": ("loerrach", "Kreistag", ""),
    "wn-bsv": ("waiblingen", "Ausschuss für Bildung, Soziales und Verwaltung", "BSV"),
    "wn-gr": ("waiblingen", "Gemeinderat", ""),
    "lev-integrationsrat": ("leverkusen", "Integrationsrat", ""),
    "lev-rat": ("leverkusen", "Rat der Stadt Leverkusen", "Rat"),
}
NOISE = [  # papers that --search Integrationskonzept must not keep
    ("landau", "510/001/2017", "Bebauungsplan „Am Ebenberg“ – Satzungsbeschluss", "Beschlussvorlage"),
    ("landau", "200/014/2017", "Haushaltssatzung und Haushaltsplan 2018", "Mitteilungsvorlage"),
    ("leverkusen", "2017/1800", "Förderung von Sportvereinen", "Beschlussvorlage"),
]


def seed_site() -> Site:
    """Five municipalities, each with its sample Vorlage (grid PDF) plus unrelated papers."""
    papers: list[FixturePaper] = []
    meetings: dict[str, tuple[str, str, str]] = {}
    for pdf in sorted(GRID.glob("*.pdf")):
        body, ref, name, date, ptype, cons = SEEDS[pdf.name[:3]]
        consultations = []
        for org, day, role, authoritative in cons:
            key = f"{org}-{day}"
            meetings[key] = (org, f"Sitzung {ORGANIZATIONS[org][1]}", f"{day}T17:00:00+01:00")
            consultations.append(FixtureConsultation(org, key, role, authoritative))
        main = FixtureFile(f"v{pdf.name[:3]}", pdf.read_bytes(), f"Vorlage {ref or pdf.stem}.pdf", name="Vorlage")
        papers.append(FixturePaper(f"p{pdf.name[:3]}", body, ref, name, date, ptype, main, consultations))
    for i, (body, ref, name, ptype) in enumerate(NOISE):
        data = f"%PDF-1.4 placeholder {i}".encode()
        papers.append(
            FixturePaper(f"n{i}", body, ref, name, "2017-06-01", ptype, FixtureFile(f"n{i}", data, f"n{i}.pdf"))
        )
    return Site(dict(BODIES), dict(ORGANIZATIONS), meetings, papers)


class OParlFixture:
    """Serves a :class:`Site` on 127.0.0.1 (random free port) in a background thread."""

    def __init__(self, site: Site, version: str = "1.1", page_size: int = 2, foreign: OParlFixture | None = None):
        self.site, self.version, self.page_size, self.foreign = site, version, page_size, foreign
        self.log: list[tuple[str, str, int, dict[str, str]]] = []  # (path, query, status, headers)
        self.fail: dict[str, int] = {}  # path → number of 500 answers still to give
        self.drop: dict[str, int] = {}  # path → number of connections to close without an answer
        self.stall: dict[str, int] = {}  # path → number of answers to delay by stall_seconds
        self.stall_seconds = 1.0
        self.lock = threading.Lock()
        handler = type("Handler", (Handler,), {"fixture": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base = f"{self.origin}/oparl"
        self.system_url = f"{self.base}/system"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> OParlFixture:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- what was asked ----------------------------------------------------------------
    def hits(self, prefix: str, status: int | None = None) -> list[tuple[str, str, int, dict[str, str]]]:
        with self.lock:
            return [e for e in self.log if e[0].startswith(prefix) and (status is None or e[2] == status)]

    # -- objects -----------------------------------------------------------------------
    def type(self, name: str) -> str:
        return f"https://schema.oparl.org/{self.version}/{name}"

    def file_url(self, f: FixtureFile, kind: str = "files") -> str:
        if f.redirect:
            return f"{self.origin}/redirect/{f.key}"
        origin = self.foreign.origin if f.foreign and self.foreign else self.origin
        return f"{origin}/{kind}/{f.key}"

    def file_object(self, f: FixtureFile) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "id": f"{self.base}/file/{f.key}",
            "type": self.type("File"),
            "name": f.name or f.file_name,
            "fileName": f.file_name,
            "mimeType": f.mime_type,
            "date": "2024-01-15",
            "size": len(f.data),
            "accessUrl": self.file_url(f),
            "downloadUrl": self.file_url(f, "download"),
            "created": f.modified,
            "modified": f.modified,
        }
        if f.checksum in ("sha1", "wrong"):
            obj["sha1Checksum"] = hashlib.sha1(f.data + (b"x" if f.checksum == "wrong" else b"")).hexdigest()
        elif f.checksum == "sha512":
            obj["sha512Checksum"] = hashlib.sha512(f.data).hexdigest()
        if f.text is not None:
            obj["text"] = f.text
        return obj

    def consultation(self, p: FixturePaper, i: int, c: FixtureConsultation) -> dict[str, Any]:
        org = f"{self.base}/organization/{c.organization}"
        obj: dict[str, Any] = {
            "id": f"{self.base}/consultation/{p.key}-{i}",
            "type": self.type("Consultation"),
            "paper": f"{self.base}/paper/{p.key}",
            "meeting": f"{self.base}/meeting/{c.meeting}",
            "organization": org if self.version == "1.0" else [org],
            "authoritative": c.authoritative,
            "role": c.role,
        }
        return obj

    def paper(self, p: FixturePaper) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "id": f"{self.base}/paper/{p.key}",
            "type": self.type("Paper"),
            "body": f"{self.base}/body/{p.body}",
            "name": p.name,
            "paperType": p.paper_type,
            "created": p.modified,
            "modified": p.modified,
            "web": f"{self.origin}/vorgang/{p.key}",
        }
        if p.reference:
            obj["reference"] = p.reference
        obj["publishedDate" if self.version == "1.0" else "date"] = p.date
        if self.version == "1.0":  # references as URLs, as in the 2015 examples
            if p.main:
                obj["mainFile"] = f"{self.base}/file/{p.main.key}"
            obj["consultation"] = [f"{self.base}/consultation/{p.key}-{i}" for i in range(len(p.consultations))]
        else:
            if p.main:
                obj["mainFile"] = self.file_object(p.main)
            obj["consultation"] = [self.consultation(p, i, c) for i, c in enumerate(p.consultations)]
        if p.aux:
            obj["auxiliaryFile"] = [self.file_object(f) for f in p.aux]
        return obj

    def body(self, key: str) -> dict[str, Any]:
        name, short = self.site.bodies[key]
        b = f"{self.base}/body/{key}"
        return {
            "id": b,
            "type": self.type("Body"),
            "system": self.system_url,
            "name": name,
            "shortName": short,
            "organization": f"{b}/organizations",
            "person": f"{b}/persons",
            "meeting": f"{b}/meetings",
            "paper": f"{b}/papers",
            "legislativeTerm": [
                {
                    "id": f"{self.base}/term/{key}-1",
                    "type": self.type("LegislativeTerm"),
                    "body": b,
                    "name": "Wahlperiode 2014-2019",
                    "startDate": "2014-05-25",
                    "endDate": "2019-05-26",
                }
            ],
            "created": "2014-01-08T14:28:31+01:00",
            "modified": "2014-01-08T14:28:31+01:00",
        }

    def objects(self) -> dict[str, dict[str, Any]]:
        """Every object the server serves by id (path below /oparl)."""
        out: dict[str, dict[str, Any]] = {
            "system": {
                "id": self.system_url,
                "type": self.type("System"),
                "oparlVersion": f"https://schema.oparl.org/{self.version}/",
                "body": f"{self.base}/bodies",
                "name": "Test-RIS",
                "contactEmail": "ris@example.org",
                "created": "2014-01-08T14:28:31+01:00",
                "modified": "2014-01-08T14:28:31+01:00",
            }
        }
        for key in self.site.bodies:
            out[f"body/{key}"] = self.body(key)
        for key, (body, name, short) in self.site.organizations.items():
            org = {
                "id": f"{self.base}/organization/{key}",
                "type": self.type("Organization"),
                "body": f"{self.base}/body/{body}",
                "name": name,
                "organizationType": "Gremium",
            }
            if short:
                org["shortName"] = short
            out[f"organization/{key}"] = org
        for key, (org_key, name, start) in self.site.meetings.items():
            out[f"meeting/{key}"] = {
                "id": f"{self.base}/meeting/{key}",
                "type": self.type("Meeting"),
                "name": name,
                "start": start,
                "organization": [f"{self.base}/organization/{org_key}"],
            }
        for p in self.site.papers:
            out[f"paper/{p.key}"] = self.paper(p)
            for i, c in enumerate(p.consultations):
                out[f"consultation/{p.key}-{i}"] = self.consultation(p, i, c)
            for f in ([p.main] if p.main else []) + p.aux:
                out[f"file/{f.key}"] = self.file_object(f)
        return out

    def list_page(self, path: str, query: dict[str, list[str]]) -> dict[str, Any] | None:
        parts = path.split("/")
        if path == "bodies":
            items: list[dict[str, Any]] = [self.body(k) for k in self.site.bodies]
        elif len(parts) == 3 and parts[0] == "body" and parts[2] == "papers":
            papers = [p for p in self.site.papers if p.body == parts[1]]
            since = query.get("modified_since", [""])[0]
            if since:
                cut = datetime.fromisoformat(since)
                papers = [p for p in papers if datetime.fromisoformat(p.modified) >= cut]
            items = [self.paper(p) for p in papers]
        elif len(parts) == 3 and parts[0] == "body" and parts[2] in ("organizations", "persons", "meetings"):
            items = []
        else:
            return None
        page = int(query.get("page", ["1"])[0])
        total = max(1, -(-len(items) // self.page_size))
        keep = {k: v[0] for k, v in query.items() if k != "page"}

        def link(n: int) -> str:
            return f"{self.base}/{path}?{urlencode({**keep, 'page': n})}"

        links = {"first": link(1), "last": link(total), "self": link(page)}
        if page < total:
            links["next"] = link(page + 1)
        return {
            "data": items[(page - 1) * self.page_size : page * self.page_size],
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": self.page_size,
                "currentPage": page,
                "totalPages": total,
            },
            "links": links,
        }


class Handler(BaseHTTPRequestHandler):
    fixture: OParlFixture

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        parts = urlsplit(self.path)
        with self.fixture.lock:
            self.fixture.log.append((parts.path, parts.query, status, dict(self.headers.items())))
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass

    def do_GET(self) -> None:
        fx = self.fixture
        parts = urlsplit(self.path)
        with fx.lock:
            left, drop, stall = (d.get(parts.path, 0) for d in (fx.fail, fx.drop, fx.stall))
            for d, n in ((fx.fail, left), (fx.drop, drop), (fx.stall, stall)):
                if n:
                    d[parts.path] = n - 1
            if drop or stall:
                fx.log.append((parts.path, parts.query, 0, dict(self.headers.items())))
        if stall:  # no answer within the client's timeout, then the connection closes
            time.sleep(fx.stall_seconds)
        if drop or stall:
            self.close_connection = True
            return None
        if left:
            return self.send(500, b"temporarily broken")
        if parts.path.startswith("/redirect/") and fx.foreign:
            return self.send(302, b"", {"Location": f"{fx.foreign.origin}/files/{parts.path.split('/')[-1]}"})
        if parts.path.startswith(("/files/", "/download/")):
            return self.file(parts.path.split("/")[-1])
        if parts.path.startswith("/oparl/"):
            sub = parts.path[len("/oparl/") :]
            page = fx.list_page(sub, parse_qs(parts.query))
            obj = page if page is not None else fx.objects().get(sub)
            if obj is not None:
                return self.send(200, json.dumps(obj).encode(), {"Content-Type": "application/json"})
        self.send(404, b"not found")

    def file(self, key: str) -> None:
        f = next((f for f in self.fixture.site.files() if f.key == key), None)
        if f is None:
            return self.send(404)
        etag = f'"{hashlib.sha1(f.data).hexdigest()}"'
        if not f.validators:
            return self.send(200, f.data, {"Content-Type": f.mime_type})
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED, "Content-Type": f.mime_type}
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.send(304, b"", {"ETag": etag})
        self.send(200, f.data, headers)
