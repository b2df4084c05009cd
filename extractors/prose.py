"""prose: the paragraphs, list items, headings and sentences of a document.

They are part of the document's structure view (``pipeline.structure``); this module names
them for the extractors that read prose.
"""

from pipeline.structure.prose import ABBREVIATIONS, Flat, Layout, Segment, Unit, flatten, segments, sentences

__all__ = ["ABBREVIATIONS", "Flat", "Layout", "Segment", "Unit", "flatten", "segments", "sentences"]
