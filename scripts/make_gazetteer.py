#!/usr/bin/env python3
"""Build the national gazetteer ``extractors/resources/gazetteer.tsv.gz``.

Source: Statistisches Bundesamt, Gemeindeverzeichnis (the register of German municipalities),
as published in Eurostat's LAU and NUTS 2024 classifications; files in
``../shared/data/gazetteer/`` (``gemeinden_2024.csv``, ``kreise_2024.csv``,
``laender_2024.csv``, see the README there). Reuse with acknowledgement of the source.

One row per municipality (Gemeinde, 8-digit AGS) and per district (Landkreis/Kreis, 5-digit
key), tab-separated, UTF-8, gzip without a timestamp (the same inputs give the same bytes):

    ags  name  type  state  district  official  key  base

- ``name``: the register name without its official suffix ("Landau in der Pfalz, Stadt" →
  "Landau in der Pfalz"; "Karlsruhe, Landkreis" → "Karlsruhe");
- ``type``: ``Stadt`` (a suffix naming a town: ", Stadt", ", St", ", GKSt", ", Hansestadt",
  ", Landeshauptstadt", …, or a kreisfreie Stadt such as "Erlangen"), ``Gemeinde`` (also
  Markt and Flecken), ``Landkreis``, or ``Kreis`` (the districts of Nordrhein-Westfalen and
  Schleswig-Holstein);
- ``state``: the Bundesland (first two digits of the key);
- ``district``: the 5-digit district key;
- ``official``: the register name as published, suffix included;
- ``key``, ``base``: the lookup keys of the name and of the name without its qualifier
  (``extractors.metadata.gazetteer.name_key``/``base_key``, stored so that loading is only reading).

Unincorporated areas ("gemeindefreies Gebiet") are left out; kreisfreie Städte appear once,
as municipalities.

Usage: ``python scripts/make_gazetteer.py [--source DIR] [--out FILE]``
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.metadata.gazetteer import base_key, name_key  # noqa: E402  (the repo's own key functions)

SOURCE = ROOT.parent / "shared" / "data" / "gazetteer"
OUT = ROOT / "extractors" / "resources" / "gazetteer.tsv.gz"
HEADER = ("ags", "name", "type", "state", "district", "official", "key", "base")
TOWN_SUFFIXES = {"St", "GKSt"}
UNINCORPORATED = re.compile(r"gemfr|gemeindefrei", re.I)
CITY_DISTRICT = re.compile(r",\s*(?:Kreisfreie Stadt|Stadtkreis)$")
SORBIAN_DISTRICTS = {"12052", "12061", "12066", "12071"}  # Cottbus, Dahme-Spreewald, Oberspreewald-Lausitz, Spree-Neiße
KREIS_STATES = {"01", "05"}  # Schleswig-Holstein, Nordrhein-Westfalen: "Kreis Pinneberg", "Kreis Mettmann"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def clean_name(name: str) -> str:
    """Register spacing tidied: "Lauenburg/ Elbe" → "Lauenburg/Elbe", double spaces folded."""
    return re.sub(r"\s+", " ", re.sub(r"/\s+", "/", name)).strip()


def german_name(name: str, ags: str) -> str:
    """The German name of a bilingual register name: Saxony's Sorbian names stand after " /"
    ("Bautzen /Budyšin", "Lübbenau/Spreewald /Lubnjow/Błota"), those of Brandenburg's Sorbian
    districts after the first "/" ("Forst (Lausitz)/Baršć (Łužyca)"); elsewhere a "/" leads a
    qualifier that belongs to the name ("Lauenburg/ Elbe", "Weißwasser/O.L.")."""
    if " /" in name:
        return name.split(" /")[0].strip()
    if ags[:5] in SORBIAN_DISTRICTS and "/" in name:
        return name.split("/")[0].strip()
    return name


def municipality_type(suffixes: list[str], kreisfrei: bool) -> str:
    """``Stadt`` when a suffix names a town or the municipality is a kreisfreie Stadt."""
    if kreisfrei or any(s in TOWN_SUFFIXES or "stadt" in s.lower() for s in suffixes):
        return "Stadt"
    return "Gemeinde"


def district_name(name: str) -> str:
    """ "Karlsruhe, Landkreis" → "Karlsruhe"; "Friesland (DE)" → "Friesland";
    "Landkreis Rostock" → "Rostock"."""
    name = re.sub(r",\s*Landkreis$", "", name)
    name = re.sub(r"\s*\(DE\)$", "", name)
    name = re.sub(r"^Landkreis\s+", "", name)
    return clean_name(name)


def build(source: Path) -> list[tuple[str, ...]]:
    states = {r["id_ars"]: r["name"] for r in read_csv(source / "laender_2024.csv")}
    districts = read_csv(source / "kreise_2024.csv")
    city_districts = {d["id_ars"] for d in districts if CITY_DISTRICT.search(d["name"])}
    rows: list[tuple[str, ...]] = []
    municipality_keys: set[str] = set()
    for r in read_csv(source / "gemeinden_2024.csv"):
        ags, official = r["id"].strip(), r["name"].strip()
        if UNINCORPORATED.search(official):
            continue
        base, *suffixes = [p.strip() for p in official.split(",")]
        kreisfrei = ags[:5] in city_districts and ags.endswith("000")
        name = clean_name(german_name(base, ags))
        rows.append((ags, name, municipality_type(suffixes, kreisfrei), states[ags[:2]], ags[:5], official))
        municipality_keys.add(ags)
    for d in districts:
        key, official = d["id_ars"].strip(), d["name"].strip()
        if key in city_districts or key + "000" in municipality_keys:  # kreisfreie Städte, Berlin, Hamburg
            continue
        kind = "Kreis" if key[:2] in KREIS_STATES else "Landkreis"
        rows.append((key, district_name(official), kind, states[key[:2]], key, official))
    rows.sort()
    return [(*row, name_key(row[1]), base_key(row[1]) or "") for row in rows]


def write(rows: list[tuple[str, ...]], out: Path) -> None:
    text = io.StringIO()
    text.write("\t".join(HEADER) + "\n")
    for row in rows:
        if any("\t" in v or "\n" in v for v in row):
            raise ValueError(f"tab or newline in {row!r}")
        text.write("\t".join(row) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder with the register CSVs")
    parser.add_argument("--out", type=Path, default=OUT, help="gazetteer file to write")
    args = parser.parse_args(argv)
    if not (args.source / "gemeinden_2024.csv").exists():
        print(f"register files not found in {args.source}", file=sys.stderr)
        return 2
    rows = build(args.source)
    write(rows, args.out)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[2]] = counts.get(row[2], 0) + 1
    print(f"{args.out}: {len(rows)} rows " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
