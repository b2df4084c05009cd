"""Stage 3, extract: the extractors run over one document, their records become rows.

- ``rows``: every registered extractor on a document; rows with provenance, method, confidence
- ``confidence``, ``calibration``: a method and a calibrated confidence for every value
- ``review``, ``review_text``, ``checklist``: signs of facts in the text that no row captured
  (their words in ``resources/review.yaml``)

The extractors themselves live in the top-level ``extractors`` package; the structure view
they read is ``pipeline.structure`` (stage 2).
"""
