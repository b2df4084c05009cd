"""Progress of a run: a bar in a terminal, plain lines elsewhere (a pipe, a log, a notebook).

The lines go to standard error at most every :data:`LINE_SECONDS` seconds, each a whole
line that a log keeps readable: ``vorlagen: 120/964 Dokumente (12 %), 3 Seiten OCR, 45 s``.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

LINE_SECONDS = 10.0
BAR = "bar"
LINES = "lines"


def progress_mode(quiet: bool, stream: Any = None) -> str | None:
    """The progress a command shows: none when quiet, a bar in a terminal, else lines."""
    if quiet:
        return None
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return BAR if isatty is not None and isatty() else LINES


class Progress:
    """Count finished documents (and pages read by OCR); show them in the chosen way."""

    def __init__(self, total: int, mode: str | None, stream: TextIO | None = None, every: float = LINE_SECONDS) -> None:
        self.total = total
        self.mode = mode
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.done = 0
        self.pages = 0
        self.started = time.monotonic()
        self.last = self.started
        self.shown = -1  # the count the last line showed
        self.bar: Any = None
        if mode == BAR:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="Dok.", desc="vorlagen", leave=False, file=self.stream)

    def update(self, documents: int = 1, pages: int = 0) -> None:
        self.done += documents
        self.pages += pages
        if self.bar is not None:
            self.bar.update(documents)
            if pages:
                self.bar.set_postfix_str(f"{self.pages} Seiten OCR", refresh=False)
        elif self.mode == LINES:
            now = time.monotonic()
            if now - self.last >= self.every:
                self.last = now
                self.write_line(now)

    def line(self, now: float | None = None) -> str:
        """
        >>> p = Progress(964, None); p.update(120); p.line(p.started + 45)
        'vorlagen: 120/964 Dokumente (12 %), 45 s'
        """
        elapsed = (now if now is not None else time.monotonic()) - self.started
        share = f" ({100 * self.done // self.total} %)" if self.total else ""
        pages = f", {self.pages} Seiten OCR" if self.pages else ""
        return f"vorlagen: {self.done}/{self.total} Dokumente{share}{pages}, {elapsed:.0f} s"

    def write_line(self, now: float | None = None) -> None:
        self.shown = self.done
        print(self.line(now), file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.mode == LINES and self.shown not in (-1, self.done):
            self.write_line()  # the last state of a run long enough to have shown lines
