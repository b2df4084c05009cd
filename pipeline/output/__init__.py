"""Stage 4, output: rows to tables with the contract's columns (``pipeline/schema.py``).

- ``tables``: rows to typed pandas frames, cells as the CSV contract writes them
- ``store``: one writer for CSV, Parquet, SQLite and XLSX, fed in chunks; one reader
- ``exports``: the Frictionless data package and Datasette metadata beside the tables
"""
