"""German, the language of the submissions, as data and the readers of its plain forms.

- :mod:`.closed_class`: articles, prepositions and conjunctions (``closed_class.yaml``);
- :mod:`.markers`: the marks of a list item and the shapes of its number, one set;
- :mod:`.abbreviations`: the words whose full stop ends no sentence, compound titles too;
- :mod:`.dates`: months, weekdays and the shapes of a date;
- :mod:`.money`: amounts in euro;
- :mod:`.names`: given names;
- :mod:`.spelling`: the umlauts spelled out or reduced to their base letter;
- ``enumerations.yaml``: the words of enumerations, read by the typed loaders of
  ``extractors/resources/`` for the German grammar that needs the families' vocabularies.

Nothing here imports another part of the project (``tests/house/test_imports.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent  # the language's YAML files stand beside their readers

# libyaml's parser when PyYAML was built with it
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(name: str) -> Any:
    """The data of the language file ``name`` ("closed_class") beside this module."""
    path = LANG_DIR / f"{name}.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
