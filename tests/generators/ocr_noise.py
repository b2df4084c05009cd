"""An OCR noise generator: the damage tesseract does to the text of a scanned page, drawn at rates.

:func:`damage` draws on a text what OCR does to it: specks read as marks at line starts and
ends and around page numbers, a date's full stop read as a colon or comma, an enumeration's
comma read as a semicolon, spaces lost before and after short words ("Jugendamtfür",
"imBereich") and read inside long ones ("Ju gendamt"), a blank line between a list item and
its continuation, a bullet "•" read as "«", "»" or "*", a roman item number's "I"s as look-alikes
("li. Bildung"), the blank line after a list lost (the next
paragraph opening with a word that starts sentences), the capital of a paragraph's first word
lost after a sentence's end ("im Februar"), a document number's "VO" read as "V0" and "IV" as
"1V", "ü" read as "ii", "g" as "qg", a capital "J" or "I"
as "j" or "i" ("jugend") and "fi"/"fl" as ligature characters. Each kind of damage is drawn only
where it leaves the evidence a careful reader (and the repairs) would use: a word split or glued
is a word of the word list, a speck stands before a word.

The default :class:`Rates` are several times what the sample scans show (their OCR text
needs a handful of repairs over 20 pages), so that every example carries damage.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from pipeline.ingest import ocr_text
from pipeline.lang.de.abbreviations import ABBREVIATIONS

LEAD_SPECKS = ["·", "¸", "°", ","]
QUOTE_SPECKS = ["‚", "´"]  # specks read as single quotes: only where no quote stands near
TRAIL_SPECKS = ["°", "˙", "¸"]
DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
NUMBER_PREFIX = re.compile(r"(?<![\w/.-])([A-Z]{2,4})(?=/\d{1,6}(?:/\d{1,6})*\b)")  # "VO/0734/2020"
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
BULLET = re.compile(r"[ \t]*(?:[-–•]|\d{1,2}\.)[ \t]+\S")


@dataclass(frozen=True)
class Rates:
    speck_line: float = 0.04  # lines with a speck read as a mark before or after them
    date_separator: float = 0.15  # dates with a full stop read as a colon or a comma
    enum_semicolon: float = 0.15  # sentences with an enumeration comma read as a semicolon
    lost_space: float = 0.04  # short words glued to their neighbour
    added_space: float = 0.01  # long words with a space read inside
    list_blank: float = 0.3  # list items with a blank line before their continuation
    list_end: float = 0.5  # lists whose blank line before the next paragraph is lost
    paragraph_case: float = 0.2  # paragraphs whose first word loses its capital
    bullet_guillemet: float = 0.3  # bullets "•" read as "«", "»" or "*"
    umlaut: float = 0.05  # words with "ü" read as "ii"
    ligature: float = 0.2  # "fi", "fl" read as ligatures
    doubled_g: float = 0.05  # words with a "g" read as "qg"
    lost_capital: float = 0.2  # words with a capital "J" or "I" read in lower case ("jugend")
    roman_number: float = 0.5  # roman item numbers of "I"s read with look-alikes ("li. Bildung")
    number_prefix: float = 0.5  # document numbers whose prefix's "O" is read as 0, a roman "I" as 1 or l


def damage(text: str, rng: random.Random, lex: ocr_text.Lexicon, rates: Rates = Rates()) -> str:
    """``text`` with OCR damage drawn at ``rates``."""
    text = _words(text, rng, lex, rates)
    text = _punctuation(text, rng, rates)
    return _lines(text, rng, rates)


def _known(lex: ocr_text.Lexicon, word: str) -> bool:
    return word.casefold() in lex.listed


def _words(text: str, rng: random.Random, lex: ocr_text.Lexicon, rates: Rates) -> str:
    v = ocr_text.vocab()
    out: list[str] = []
    damaged: set[str] = set()  # (a word misread once: misread alike twice, it would be a word)
    written = Counter(ocr_text.WORD.findall(text))
    pos = 0
    for m in re.finditer(r"(?<![\w-])([A-Za-zÄÖÜäöüß]+)(?![\w-])", text):
        if m.start() < pos:  # glued to the word before
            continue
        word = m.group(1)
        new = word
        after = text[m.end() : m.end() + 12]
        nxt = re.match(r" ([A-Za-zÄÖÜäöüß]+)(?![\w-])", after)
        if "ü" in word and _known(lex, word) and rng.random() < rates.umlaut:
            swapped = word.replace("ü", "ii", 1)
            if lex.unknown(swapped):
                new = swapped
        elif "g" in word and _known(lex, word) and word not in damaged and rng.random() < rates.doubled_g:
            at = rng.choice([i for i, c in enumerate(word) if c == "g"])
            if lex.unknown(word[:at] + "q" + word[at:]):
                new = word[:at] + "q" + word[at:]
                damaged.add(word)
        elif word[:1] in v.case_misreads.values() and word[1:].islower() and len(word) >= 4 and word not in damaged:
            low = word[0].lower() + word[1:]
            # (once a word, and only where the repair has its evidence: a "J" anywhere, an "I" where the
            # word stands with its capital elsewhere; never where the word stands in lower case too)
            if (
                not written[low]
                and not v.lower_case_words.fullmatch(low)
                and (low[0] in v.descending or written[word] >= 2 and not v.adjective.fullmatch(low))
                and rng.random() < rates.lost_capital
            ):
                new = low
                damaged.add(word)
        elif re.search("fi|fl", word) and rng.random() < rates.ligature:
            new = word.replace("fi", "ﬁ").replace("fl", "ﬂ")
        elif len(word) >= 8 and _known(lex, word) and rng.random() < rates.added_space:
            cut = rng.randrange(3, len(word) - 2)
            left, right = word[:cut], word[cut:]
            if not (lex.known(left) or lex.known(right) or left in v.glue_before) and right[0].islower():
                new = f"{left} {right}"
        elif nxt and rng.random() < rates.lost_space:
            other = nxt.group(1)
            glued = word + other
            if (
                other in v.glue_after
                and len(word) >= 4
                and word[0].isupper()
                and _known(lex, word)
                and lex.unknown(glued)
                and not text[m.end() + 1 + len(other) :].startswith("-")
            ) or (word in v.glue_before and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", other)):
                if lex.unknown(glued) and len(glued) >= 5 and glued not in damaged:
                    damaged.add(glued)
                    out.append(text[pos : m.start()] + glued)
                    pos = m.end() + 1 + len(other)
                    continue
        out.append(text[pos : m.start()] + new)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _punctuation(text: str, rng: random.Random, rates: Rates) -> str:
    def date(m: re.Match[str]) -> str:
        if rng.random() >= rates.date_separator:
            return m.group(0)
        d = m.group(0)
        at = rng.choice([2, 5])
        return d[:at] + rng.choice([":", ","]) + d[at + 1 :]

    def prefix(m: re.Match[str]) -> str:
        read = m.group(1)
        if rng.random() >= rates.number_prefix:
            return read
        if "O" in read:
            return read.replace("O", "0")
        return "".join(rng.choice("1l") if c == "I" else c for c in read) if ROMAN.fullmatch(read) else read

    text = DATE.sub(date, text)
    text = NUMBER_PREFIX.sub(prefix, text)
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?:])(?= )|(?=\n\s*\n)", text):
        commas = [m.start() for m in re.finditer(r"(?<=\w), (?=\w)", sentence)]
        ok = [
            c
            for c in commas
            if ";" not in sentence
            and "\t" not in sentence
            and len(commas) >= 2  # an enumeration, not the comma before a clause
            and (c != commas[-1] or re.search(r" (?:und|oder|sowie) ", sentence[c:]))
            and len(re.split(r",| und | oder | sowie ", sentence[:c])[-1].split()) <= 6
            # (the item before ends in a noun as written, the one after has one among its first two
            # words: not where another draw took a capital or glued a word to it)
            and re.search(r"(?:[A-ZÄÖÜ][\w.-]*|\))\s*$", sentence[:c]) is not None
            and any(w[:1].isupper() for w in re.split(r",| und | oder | sowie ", sentence[c + 2 :])[0].split()[:2])
            and len(re.split(r",| und | oder | sowie ", sentence[c + 2 :])[0].split()) <= 6
        ]
        if ok and rng.random() < rates.enum_semicolon:
            c = rng.choice(ok)
            sentence = sentence[:c] + ";" + sentence[c + 1 :]
        out.append(sentence)
    return "".join(out)


def _starts_sentence(line: str) -> bool:
    first = re.match(r"[A-Za-zÄÖÜäöüß]+(?= \S)", line)
    return first is not None and first.group(0) in ocr_text.vocab().sentence_starts


ROMAN_ITEM = re.compile(r"([ \t]*)(I{1,3})(\. [A-ZÄÖÜ])")
ROMAN_ANCHOR = re.compile(r"[ \t]*(?:I?[VX]|VI{1,3})\. [A-ZÄÖÜ]")


def _roman(lines: list[str], rng: random.Random, rates: Rates) -> list[str]:
    """Roman item numbers of "I"s read as look-alikes ("l.", "li.", "Il."), where a true roman number
    with a "V" or an "X" follows in the same run of items (the evidence of each item's place)."""
    out = list(lines)
    for i, line in enumerate(lines):
        m = ROMAN_ITEM.match(line)
        k, anchored = i, False
        while m and not anchored:  # the next items, each within four lines of the one before
            nxt = [j for j in range(k + 1, min(k + 5, len(lines))) if re.match(r"[ \t]*[IVX]+\. ", lines[j])]
            if not nxt:
                break
            k = nxt[0]
            anchored = ROMAN_ANCHOR.match(lines[k]) is not None
        if m and anchored and rng.random() < rates.roman_number:
            read = "".join(rng.choice("Iil1") for _ in m.group(2))[: max(1, len(m.group(2)) - rng.randrange(2))]
            if set(read) != {"I"}:  # (misread: a true number, even a wrong one, is evidence of its own)
                out[i] = m.group(1) + read + m.group(3) + line[m.end() :]
    return out


def _lines(text: str, rng: random.Random, rates: Rates) -> str:
    lines = _roman(text.split("\n"), rng, rates)
    out: list[str] = []
    in_item = False
    for i, line in enumerate(lines):
        if not line.strip():
            before = out[-1] if out else ""
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if (
                in_item
                and _starts_sentence(nxt)
                and re.search(r"\w[\w)]$", before)
                and not re.search(r"\b(?:und|oder|der|des|die|für)$", before)
                and rng.random() < rates.list_end
            ):
                in_item = False
                continue  # the blank line after the list is lost
            if (
                not in_item
                and re.search(r"[A-Za-zÄÖÜäöüß]{3}\.$", before)
                and _starts_sentence(nxt)
                and before.rsplit(None, 1)[-1].rstrip(".").casefold() not in ABBREVIATIONS
                and rng.random() < rates.paragraph_case
            ):
                lines[i + 1] = nxt[0].lower() + nxt[1:]
        if not line.strip():
            in_item = False
        elif BULLET.match(line):
            in_item = True
        new = line
        # (the lines before as damaged, blank ones too: a speck read as a quote is a quote near the next one)
        quiet = not any(q in "\n".join(out[-8:] + lines[i : i + 5]) for q in ocr_text.QUOTES)
        if (
            re.match(r"• [A-ZÄÖÜ]", line)
            and not any(c in line for c in ocr_text.vocab().bullet_misreads)
            and rng.random() < rates.bullet_guillemet
        ):
            new = rng.choice(ocr_text.vocab().bullet_misreads) + line[1:]
        elif re.match(r"[A-Za-zÄÖÜäöü]{2}|[-–•] ", line) and rng.random() < rates.speck_line:
            new = rng.choice(LEAD_SPECKS + QUOTE_SPECKS[:quiet]) + rng.choice(["", " "]) + line
        elif re.search(r"[A-Za-zÄÖÜäöüß0-9)]$", line) and rng.random() < rates.speck_line:
            new = line + rng.choice(["", " "]) + rng.choice(TRAIL_SPECKS + QUOTE_SPECKS[1:] * quiet)
        out.append(new)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            in_item
            and re.match(r"[a-zäöüß]", nxt)
            and not re.search(r"[.!?:;]\s*$", line)
            and rng.random() < rates.list_blank
        ):
            out.append("")
    return "\n".join(out)


def paged(text: str, rng: random.Random, speck: bool) -> list[str]:
    """The text cut into two pages at a line (not right after a label or a blank line), each with
    a page number at its edge ("Seite 1 von 2" at the foot of the first, at the head of the
    second), with specks glued to them when ``speck``."""
    lines = text.split("\n")
    cut = rng.randrange(len(lines) // 3, max(len(lines) // 3 + 1, 2 * len(lines) // 3))
    while 0 < cut < len(lines) and (
        lines[cut - 1].rstrip().endswith(":") or not lines[cut - 1].strip() or not lines[cut].strip()
    ):
        cut += 1  # not between a label and its value ("Betreff:" / "" / the subject), nor before a blank line
    foot, head = "Seite 1 von 2", "Seite 2 von 2"
    if speck:
        foot, head = foot + rng.choice(TRAIL_SPECKS), rng.choice(LEAD_SPECKS) + head
    return ["\n".join(lines[:cut] + ["", foot]), "\n".join([head, ""] + lines[cut:])]
