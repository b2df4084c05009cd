"""Words whose full stop does not end a sentence, the compound titles of a person, and the ditto marks.

One list for every reader of sentences (:data:`ABBREVIATIONS`, lower case, without the full
stop) and the academic titles whose parts each end in a full stop ("Dipl.-Soz.", "Dr. med.",
"Dipl.-Ing."): the sentence splitter reads a title as one word (:data:`COMPOUND_TITLE`).

>>> bool(COMPOUND_TITLE.search("Frau Dipl.-Soz.")), bool(COMPOUND_TITLE.search("Frau Dr."))
(True, False)
>>> bool(COMPOUND_TITLE.search("Inhaberin Dipl.-Soz.päd.")), bool(COMPOUND_TITLE.search("Dipl.-Ing."))
(True, True)
>>> bool(COMPOUND_TITLE.search("Frau Dipl.-\\nPäd."))
True
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "ca bzw ggf evtl vgl z b u a d h o g dr prof nr hr fr frau st abs gem inkl zzgl rd max min ff "
    "s sog usw etc bspw insb insg insges lt tel str ziff mio mrd tsd jh jan feb mär apr jun jul aug sep sept okt "
    "nov dez kalk ä e v i.v ua zb dipl ing bzgl az z.b o.g u.a d.h i.d.r co lfd "
    "phil rer nat pol oec med jur habil "  # a doctor's faculty: "Dr. phil. Anna Beispiel", "Dr. rer. pol."
    "mag "  # an Austrian master's degree: "Frau Mag. Verena Beispiel"
    "bgm obgm stv stellv "  # an office before a name: "Bgm. Anna Beispiel", "stellv. Leiterin"
    "buchst abt "  # a letter of a list, a unit: "§ 2 Abs. 1 Buchst. a", "Abt. 50.3"
    "hhst".split()  # a budget line: "im Haushalt 2027 unter HHSt. 4700.6360 eingestellt"
)
# a sentence's end: a word of three lower-case letters or more and its mark ("gebildet.", "tagt?"); the
# full stop of a short abbreviation ("z.B.", "u.a.") or of a number ("Nr. 5.") is none
SENTENCE_END = r"[a-zäöüß]{3}[.!?]"
# a title whose full stop the splitter took for a sentence end: "Frau Dipl.-Soz. Katrin Albrecht", also one
# whose later parts follow without a hyphen ("Dipl.-Soz.päd.") or on the next line, hyphenated at the line's
# end ("Frau Dipl.-" / "Päd. Carina Beispiel")
COMPOUND_TITLE_FORM = (
    r"\b(?:Dipl|Dr|Prof|Ing)\.-(?:[ \t]*\n[ \t]*)?[A-ZÄÖÜ]?[a-zäöü]{1,6}\.(?:-?[A-ZÄÖÜ]?[a-zäöü]{1,6}\.)*"
)
COMPOUND_TITLE = re.compile(COMPOUND_TITLE_FORM + "$")
# a cell that repeats the cell above it: "dto.", "ditto", "desgl.", a ditto mark ("〃", "„"); never a dash,
# which leaves a cell empty
DITTO = re.compile(r"dto\.?|ditto|desgl\.?|[\"„“”〃]+", re.I)
