"""The graph store: one interface (base.GraphBackend), two backends (oxigraph, remote), one factory.

    base.py      the protocol and what both backends share (named queries, updates, counts, dumps)
    oxigraph.py  embedded Oxigraph on disk (GraphStore)
    remote.py    a SPARQL 1.1 endpoint over HTTP, e.g. `oxigraph serve` (RemoteGraphStore)
    factory.py   open_store(settings): the backend settings.backend names
    stamp.py     the change mark readers watch
"""

from kg.store.base import GraphBackend, graph_to_triples, query_source, split_shared
from kg.store.factory import open_store
from kg.store.oxigraph import GraphStore, QueryResult, to_term
from kg.store.remote import RemoteGraphStore
from kg.store.stamp import store_stamp, touch_stamp

__all__ = ["GraphBackend", "GraphStore", "QueryResult", "RemoteGraphStore", "graph_to_triples", "open_store",
           "query_source", "split_shared", "store_stamp", "to_term", "touch_stamp"]
