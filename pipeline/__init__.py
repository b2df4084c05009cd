"""vorlagen: German council submissions to clean, comparable tables."""

__version__ = "0.1.0"
