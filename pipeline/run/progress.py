"""Progress of a run: a bar in a terminal, plain lines elsewhere (a pipe, a log, a notebook).

The lines go to standard error at most every :data:`LINE_SECONDS` seconds, each a whole
line that a log keeps readable: ``vorlagen: 120/964 Dokumente (12 %), 3 Seiten OCR, 45 s –
scan.pdf``, with the file the run waits for (the first of the run's files not done yet), so
that a long scan shows its name and its pages while it is read.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import PurePath
from typing import Any, TextIO

LINE_SECONDS = 10.0
TICK_SECONDS = 1.0  # how often the pages read by OCR are looked at while a document runs
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
    """Count finished documents (and pages read by OCR); show them in the chosen way.

    ``pages``: a shared counter (``multiprocessing.Value``) of the pages read by OCR; a
    thread looks at it every second, so that a long scan shows progress between documents."""

    def __init__(
        self,
        total: int,
        mode: str | None,
        stream: TextIO | None = None,
        every: float | None = None,
        pages: Any = None,
        names: list[str] | None = None,
    ) -> None:
        self.total = total
        self.waiting = dict.fromkeys(names or [])  # the files not done yet, in the run's order
        self.mode = mode
        self.stream = stream if stream is not None else sys.stderr
        self.every = LINE_SECONDS if every is None else every
        self.done = 0
        self.pages = 0
        self.started = time.monotonic()
        self.last = self.started
        self.shown = -1  # the count the last line showed
        self.bar: Any = None
        if mode == BAR:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="Dok.", desc="vorlagen", leave=False, file=self.stream)
        self.counter = pages
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.ticker: threading.Thread | None = None
        if mode is not None and pages is not None:
            self.ticker = threading.Thread(target=self.tick, name="progress", daemon=True)
            self.ticker.start()

    def tick(self) -> None:
        while not self.stop.wait(TICK_SECONDS):
            self.update(0)

    def current(self) -> str:
        """The name of the file the run waits for ('' when none is known)."""
        return PurePath(next(iter(self.waiting))).name if self.waiting else ""

    def update(self, documents: int = 1, name: str | None = None) -> None:
        """``documents`` more done (``name``: the file done); 0 to show what runs now."""
        with self.lock:
            self.done += documents
            before = self.current()
            self.waiting.pop(name or "", None)
            pages = int(self.counter.value) if self.counter is not None else 0
            grown, self.pages = pages != self.pages or before != self.current(), pages
            if self.bar is not None:
                if grown:
                    self.bar.set_postfix_str(self.postfix(), refresh=False)
                if documents:
                    self.bar.update(documents)
                elif grown:
                    self.bar.refresh()
            elif self.mode == LINES:
                now = time.monotonic()
                if now - self.last >= self.every:  # also while one long document runs: the run is alive
                    self.last = now
                    self.write_line(now)

    def postfix(self) -> str:
        """What the bar shows after its count: the file the run waits for and the OCR pages."""
        return ", ".join(x for x in (self.current(), f"{self.pages} Seiten OCR" if self.pages else "") if x)

    def line(self, now: float | None = None) -> str:
        """
        >>> p = Progress(964, None); p.update(120); p.line(p.started + 45)
        'vorlagen: 120/964 Dokumente (12 %), 45 s'
        >>> p = Progress(2, None, names=["in/a.pdf", "in/scan.pdf"]); p.update(1, "in/a.pdf"); p.line(p.started + 9)
        'vorlagen: 1/2 Dokumente (50 %), 9 s – scan.pdf'
        """
        elapsed = (now if now is not None else time.monotonic()) - self.started
        share = f" ({100 * self.done // self.total} %)" if self.total else ""
        pages = f", {self.pages} Seiten OCR" if self.pages else ""
        name = f" – {self.current()}" if self.current() else ""
        return f"vorlagen: {self.done}/{self.total} Dokumente{share}{pages}, {elapsed:.0f} s{name}"

    def write_line(self, now: float | None = None) -> None:
        self.shown = self.done
        print(self.line(now), file=self.stream, flush=True)

    def close(self) -> None:
        self.stop.set()
        if self.ticker is not None:
            self.ticker.join()
        if self.bar is not None:
            self.bar.close()
        elif self.mode == LINES and self.shown not in (-1, self.done):
            self.write_line()  # the last state of a run long enough to have shown lines
