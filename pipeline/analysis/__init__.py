"""Stage 5, compare: the written tables read again, across municipalities.

- ``compare``: one row per municipality, timelines, similarity (the only place computing them)
- ``report``, ``report_data``, ``report_charts``: the HTML report with its charts
- ``evaluate``: scores a run against gold files
- ``inspect``: one document's values with their evidence
"""
