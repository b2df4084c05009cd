"""German spelling as the readers fold it: the umlauts and ß spelled out ("Förderung" as
"Foerderung", as file names and URLs write it) or reduced to their base letter ("Lörrach" sorts as
"Lorrach").

>>> "Straße in Lörrach".translate(str.maketrans(SPELLED_OUT)), "Lörrach".translate(str.maketrans(BASE_LETTERS))
('Strasse in Loerrach', 'Lorrach')
"""

from __future__ import annotations

# the umlauts and ß spelled out, lower and upper case
SPELLED_OUT: dict[str, str] = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
# the lower-case umlauts as their base letter, and ß spelled out: the order of a German index
BASE_LETTERS: dict[str, str] = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}
UMLAUTS = "äöü"  # the lower-case umlauts
