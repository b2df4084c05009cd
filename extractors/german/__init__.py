"""The field-neutral German layer: dates, money, enumerations, nominative forms, closed-class words and spaCy.

Every field reads German through these modules; none of them knows a field.
"""
