"""The German grammar that needs the families' vocabularies: enumerations, nominative forms,
membership, lists as the misses read them, and spaCy.

None of these modules knows a field; the language as data (closed-class words, list marks,
abbreviations, dates, money, given names) stands below them, in :mod:`pipeline.lang.de`.
"""
