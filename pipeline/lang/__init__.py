"""The languages the documents are written in, as data: the lowest floor of the package.

``guess.py`` guesses a document's language (German, English or French) from its function words;
``de/`` holds German: its closed-class words, list markers and numbering shapes, abbreviations,
months and weekdays, dates, money, given names and spelling, with their YAML files. Nothing here imports
another part of the project; the view (``pipeline/structure/``), the readers (``pipeline/ingest/``),
the extractors and the stages above read German from here.
"""
