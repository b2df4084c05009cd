"""Click's own messages in German: the usage line, "Error:", a missing argument, an unknown
option, a path that does not exist, the help's headings and the names of value types.

Click marks its messages for translation with :mod:`gettext` (``_("Usage:")``, ``ngettext``);
:func:`install` gives the click modules a lookup in :data:`MESSAGES` instead, so that every
command says these things in German as it says its own. A message not in the table stays as
click writes it.
"""

from __future__ import annotations

import importlib

# click's message (its gettext id) -> German; {placeholders} as click fills them
MESSAGES: dict[str, str] = {
    "Usage:": "Aufruf:",
    "Error: {message}": "Fehler: {message}",
    "Try '{command} {option}' for help.": "Hilfe: '{command} {option}'.",
    "Options": "Optionen",
    "Commands": "Befehle",
    "Positional arguments": "Argumente",
    "Show this message and exit.": "Diese Hilfe zeigen und beenden.",
    "Show the version and exit.": "Die Version zeigen und beenden.",
    "%(prog)s, version %(version)s": "%(prog)s, Version %(version)s",
    "Aborted!": "Abgebrochen!",
    "Missing argument": "Fehlendes Argument",
    "Missing option": "Fehlende Option",
    "Missing parameter": "Fehlender Parameter",
    "Missing command.": "Befehl fehlt.",
    "Missing {param_type}": "{param_type} fehlt",
    "Missing parameter: {param_name}": "Parameter fehlt: {param_name}",
    "No such command {name!r}.": "Einen Befehl {name!r} gibt es nicht.",
    "No such option {name!r}.": "Eine Option {name!r} gibt es nicht.",
    "No such option: {name}": "Eine Option {name} gibt es nicht.",
    "Option {name!r} does not take a value.": "Die Option {name!r} nimmt keinen Wert.",
    "Option {name!r} requires an argument.": "Die Option {name!r} braucht einen Wert.",
    "Option {name!r} requires {nargs} arguments.": "Die Option {name!r} braucht {nargs} Werte.",
    "Got unexpected extra argument ({args})": "Unerwartetes weiteres Argument ({args})",
    "Got unexpected extra arguments ({args})": "Unerwartete weitere Argumente ({args})",
    "Did you mean {possibility}?": "Gemeint: {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Gemeint eines von: {possibilities}?)",
    "Invalid value for {param_hint}: {message}": "Ungültiger Wert für {param_hint}: {message}",
    "Invalid value: {message}": "Ungültiger Wert: {message}",
    "{value!r} is not {choice}.": "{value!r} ist nicht {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} ist keiner von {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} ist keine gültige Zahl.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} ist kein Wahrheitswert; möglich: {states}"
    ),
    "{value} is not in the range {range}.": "{value} liegt nicht im Bereich {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} gibt es nicht.",
    "{name} {filename!r} is a file.": "{name} {filename!r} ist eine Datei, kein Ordner.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} ist ein Ordner, keine Datei.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} ist nicht lesbar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} ist nicht beschreibbar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} ist nicht ausführbar.",
    "Could not open file {filename!r}: {message}": "Die Datei {filename!r} lässt sich nicht öffnen: {message}",
    "file": "Datei",
    "directory": "Ordner",
    "path": "Pfad",
    "default: {default}": "Standard: {default}",
    "required": "nötig",
    "Choose from:\n\t{choices}": "Zur Wahl:\n\t{choices}",
    "Do you want to continue?": "Fortfahren?",
    "unknown error": "unbekannter Fehler",
}
# click's names of value types, shown in the help as metavars (INTEGER RANGE)
TYPE_NAMES = {
    "IntParamType": "zahl",
    "FloatParamType": "zahl",
    "IntRange": "zahl",
    "FloatRange": "zahl",
    "BoolParamType": "ja/nein",
}
MODULES = ("core", "exceptions", "formatting", "types", "parser", "decorators", "termui", "utils")


def gettext(message: str) -> str:
    """
    >>> gettext("Usage:"), gettext("something click added later")
    ('Aufruf:', 'something click added later')
    """
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Give click's modules the German lookups in place of :mod:`gettext`'s."""
    for name in MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # a module a later click does not have
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
    types = importlib.import_module("click.types")
    for cls, name in TYPE_NAMES.items():
        if hasattr(types, cls):
            getattr(types, cls).name = name
