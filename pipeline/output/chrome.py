"""Datasette's pages in German (``vorlagen serve``): its own texts around the tables.

Datasette has no translations; it takes templates from a folder (``--template-dir``) before its
own. :func:`write_templates` copies the templates ``resources/datasette_de.yaml`` names from the
installed Datasette into that folder with their English texts replaced by German ones: the
headings, buttons, counts ("12 Zeilen"), the filters' operators and the description of a
filtered table, which Datasette's code writes in English (``lookups`` and ``description``:
:func:`lookup_expression`, :func:`description_expression`). A text that another version of
Datasette words differently stays English; :func:`missing` names those (a test fails on them).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

RESOURCE = Path(__file__).parent / "resources" / "datasette_de.yaml"
TEMPLATE_DIR = "templates"  # beside the browsing copy


@functools.lru_cache(maxsize=1)
def translations() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(RESOURCE.read_text(encoding="utf-8"))
    return data


def datasette_templates() -> Path | None:
    """The folder of the installed Datasette's templates; None without Datasette."""
    spec = importlib.util.find_spec("datasette")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "templates"
    return folder if folder.is_dir() else None


def jinja_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lookup_expression() -> str:
    """A Jinja expression: the German name of the operator ``display``, else ``display``."""
    pairs = ", ".join(f"{jinja_string(k)}: {jinja_string(v)}" for k, v in translations()["lookups"].items())
    return "{{ {" + pairs + "}.get(display, display) }}"


def description_expression() -> str:
    """A Jinja expression: ``human_description_en`` with its English words in German."""
    chain = "".join(f"|replace({jinja_string(a)}, {jinja_string(b)})" for a, b in translations()["description"])
    return "{{ human_description_en" + chain + " }}"


def german(name: str, source: str) -> str:
    """Datasette's template ``name`` with its texts in German."""
    placeholders = {"{{ LOOKUPS }}": lookup_expression(), "{{ DESCRIPTION }}": description_expression()}
    for english, replacement in translations()["templates"].get(name, []):
        for placeholder, expression in placeholders.items():
            replacement = replacement.replace(placeholder, expression)
        source = source.replace(english, replacement)
    return source


def missing() -> list[str]:
    """The English texts of the translations that the installed Datasette's templates do not hold."""
    folder = datasette_templates()
    if folder is None:
        return []
    return [
        f"{name}: {english}"
        for name, pairs in translations()["templates"].items()
        for english, _ in pairs
        if english not in (folder / name).read_text(encoding="utf-8")
    ]


def write_templates(target: Path) -> None:
    """The German templates in ``target`` (nothing without Datasette)."""
    from ..atomic import write_text_if_changed

    folder = datasette_templates()
    if folder is None:
        return
    target.mkdir(parents=True, exist_ok=True)
    for name in translations()["templates"]:
        write_text_if_changed(target / name, german(name, (folder / name).read_text(encoding="utf-8")))
