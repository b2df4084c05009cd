"""Stage 1, ingest: file bytes to a :class:`~pipeline.document.Document` with pages.

- ``readers``: plain text, PDF text layers (pypdfium2 text runs), which pages go to OCR
- ``layout``: positioned runs or words to lines (wide gaps become tabs)
- ``ruled``: ruled tables read cell by cell from the page's vector lines
- ``ocr``, ``ocr_image``: Tesseract on pages without a usable text layer
- ``slots``: how many tesseract processes all workers run at once
"""
