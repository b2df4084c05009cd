"""Running many documents: jobs, the per-document cache, executors, and the assembly of rows.

- ``jobs``: one input file each; ``process_file`` turns its bytes into a result (pure)
- ``cache``: results kept per content hash, code and settings
- ``executors``: a guarded process pool (time and memory limits per document) or Dask
- ``assemble``: results staged on disk, sorted, written through ``pipeline.output``
- ``freshness``: whether the outputs are already current
- ``runner``: the stages wired together (``vorlagen run``)
"""
