"""The ``vorlagen`` command: ``main`` holds the group and ``run``; the other modules add their
commands (``compare``, ``oparl``, ``review``) and the shared options (``options``)."""
