"""action_fields: a framed table giving the fields in several languages under a caption naming them, its German
column the fields' names, a wrapped cell in another column; also with its borders wrapped as a PDF sets a wide
table (invented examples, with near misses)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Ellwangen\nDrucksache 27/311\n\nBetreff: Integrationskonzept – Kurzfassung\n\n"
CAPTION = "  Faltblatt, Innenseite: Die fünf Handlungsfelder auf einen Blick\n"
TABLE = (
    "  ┌────┬──────────────────────────┬──────────────────────────┬─────────────────────────┐\n"
    "  │ Nr │ Deutsch                  │ English                  │ Polski                  │\n"
    "  ├────┼──────────────────────────┼──────────────────────────┼─────────────────────────┤\n"
    "  │ 1  │ Frühe Förderung          │ Early support            │ Wczesne wsparcie        │\n"
    "  │ 2  │ Beruf und Qualifizierung │ Jobs and vocational      │ Praca i kwalifikacje    │\n"
    "  │    │                          │ training                 │                         │\n"
    "  │ 3  │ Wohnen im Quartier       │ Housing                  │ Mieszkanie              │\n"
    "  │ 4  │ Gesundheit               │ Health                   │ Zdrowie                 │\n"
    "  └────┴──────────────────────────┴──────────────────────────┴─────────────────────────┘\n"
)
TAIL = "\nDie Kurzfassung liegt im Rathaus aus.\n"
FIELDS = ["Frühe Förderung", "Beruf und Qualifizierung", "Wohnen im Quartier", "Gesundheit"]


def test_the_german_column_of_a_translated_table_under_a_caption_naming_the_fields() -> None:
    assert labels(HEAD + CAPTION + TABLE + TAIL) == FIELDS


def test_borders_wrapped_as_a_pdf_sets_them() -> None:
    lines = [line.strip() for line in TABLE.splitlines()]
    wrapped = [line[:40] + "\n" + line[40:] if line[:1] in "┌├└" else line for line in lines]
    text = CAPTION.strip() + "\n" + "\n".join(wrapped) + "\n"
    assert labels(HEAD + text + TAIL) == FIELDS


def test_under_a_caption_naming_no_fields_the_german_column_is_no_list_of_fields() -> None:
    caption = "  Faltblatt, Innenseite: Unsere Beratungsstellen auf einen Blick\n"
    assert labels(HEAD + caption + TABLE + TAIL) == []


def test_a_column_of_another_head_is_not_read() -> None:
    table = TABLE.replace("Deutsch ", "Stelle  ")
    assert labels(HEAD + CAPTION + table + TAIL) == []
