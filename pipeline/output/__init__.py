"""Stage 4, output: rows to tables with the contract's columns (``pipeline/schema.py``).

- ``tables``: rows to typed pandas frames, cells as the CSV contract writes them
- ``store``: one writer for CSV, Parquet, SQLite, XLSX and csv-de, fed in chunks; one reader
- ``xlsx``: the workbook for people (German sheets, headings and codes, date cells, filters)
- ``labels``: the German names of tables, columns and codes (``resources/labels_de.yaml``)
- ``exports``: the Frictionless data package and Datasette metadata beside the tables
- ``browse``, ``search``: the browsing copy of ``vorlagen serve``, counted as the report counts,
  and full-text search that takes any text
"""
