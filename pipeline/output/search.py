"""Full-text search that takes any text a person types (``vorlagen serve``).

Datasette applies the SQL function ``escape_fts`` to the words typed into a table's or a
view's search box, and the canned query of the browsing copy does too; Datasette's own
function turns an empty text or a lone '"' into a query SQLite rejects. The plugin below,
written beside the browsing copy and loaded with ``--plugins-dir``, registers
:func:`search_terms` under that name, last, so that it replaces Datasette's.
"""

from __future__ import annotations

import re

SEARCH_PART = re.compile(r'"([^"]*)"?|(\S+)')  # a quoted phrase (its closing quote may be missing), or a word
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # a NUL ends FTS5's reading of a string: read as a space
PLUGIN_DIR = "plugins"  # beside the browsing copy
PLUGIN = """from datasette import hookimpl

from pipeline.output.search import search_terms


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, search_terms)
"""


def search_terms(text: str) -> str:
    """Any text as an FTS5 query for rows holding every word: a "quoted phrase" stays a phrase,
    a word ending in * finds the words it begins; nothing else has a meaning (AND, OR, NOT,
    NEAR, -, : are words), and no word finds nothing.

    >>> search_terms('Caritas-Zentrum AND "Baden-Württemberg" Integr*')
    '"Caritas-Zentrum" "AND" "Baden-Württemberg" "Integr" *'
    >>> search_terms(""), search_terms('"'), search_terms('a"b *')
    ('""', '""', '"a""b" "*"')
    """
    parts = []
    for phrase, word in SEARCH_PART.findall(CONTROL.sub(" ", text)):
        stem = word.rstrip("*")
        if word and stem and stem != word:
            parts.append(fts_string(stem) + " *")
        elif word:
            parts.append(fts_string(word))
        elif phrase.strip():
            parts.append(fts_string(phrase))
    return " ".join(parts) or '""'


def fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
