"""The top layer: the `kg` command (nzkg/cli.py) over kg (graph, store, search), ingest and webui."""
