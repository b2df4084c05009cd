"""No pattern of the package backtracks without end on a long run of one character.

A pattern such as ``(?:[-─]{3,}[ \\t]*)+`` splits a line of rules into runs in exponentially many
ways when the line does not end as it asks ("──── … ──── x"): one such line in a PDF's text held a
run for hours. The probe compiles every pattern the package and its resources compile on import
(in a fresh interpreter, so that none is cached before it looks), and asks each of them, by
``search``, ``match`` and ``fullmatch``, about runs of sixty characters of the kinds that documents
repeat, followed by a character that spoils the match. A linear or quadratic pattern answers in
microseconds; an exponential one does not answer within the probe's generous limit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, json, pkgutil, re, signal, sys
seen = {}
_compile = re._compile
def record(pattern, flags):
    compiled = _compile(pattern, flags)
    if isinstance(compiled.pattern, str):
        seen[(compiled.pattern, compiled.flags)] = compiled
    return compiled
re._compile = record
import pipeline, extractors
for package in (pipeline, extractors):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
from extractors import load_resources
load_resources()
re._compile = _compile

class Slow(Exception):
    pass

def alarm(*_):
    raise Slow

signal.signal(signal.SIGALRM, alarm)
runs = ["-", "─", "═", "_", "—", " ", "\t", ".", "a", "A", "1", "ä", "\n", "·", " -", "a ", "1.", "\n "]
slow = []
for compiled in seen.values():
    for run in runs:
        for tail in ("x", " x\n", "!"):
            text = run * (60 // len(run)) + tail
            for ask in (compiled.search, compiled.match, compiled.fullmatch):
                signal.setitimer(signal.ITIMER_REAL, float(sys.argv[1]))
                try:
                    ask(text)
                except Slow:
                    slow.append([compiled.pattern, run, ask.__name__])
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
print(json.dumps({"patterns": len(seen), "slow": slow}))
"""


def test_no_pattern_backtracks_without_end_on_a_long_run() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "2.0"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=900
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["patterns"] > 1000  # the probe saw the package's patterns, not an empty import
    assert found["slow"] == []


def test_the_probe_finds_a_pattern_that_does() -> None:
    """The probe itself tells an exponential pattern: the form the rules' patterns had."""
    probe = PROBE.replace("for compiled in seen.values():", "for compiled in [re.compile(r'(?:[-─]{3,}[ \\t]*)+')]:")
    done = subprocess.run([sys.executable, "-c", probe, "0.5"], cwd=ROOT, capture_output=True, text=True, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert ["(?:[-─]{3,}[ \\t]*)+", "─", "fullmatch"] in found["slow"]
