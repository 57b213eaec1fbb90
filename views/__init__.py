"""diplograph.views: what a user takes away from the graph. A selection (the whole graph, a named
query's rows, an ego network, filtered), read from the store as a typed subgraph, feeds the
interactive page, every export and the notebook objects.

>>> from diplograph.views import select_graph, render_html, export_files, to_networkx
"""

from .convert import selection_to_networkx, to_dataframe, to_networkx
from .export import FORMATS, csv_tables, export_files, export_graph, node_link, plover_records
from .page import page_frame, render_html
from .selection import Selection, select_graph

__all__ = [
    "FORMATS",
    "Selection",
    "csv_tables",
    "export_files",
    "export_graph",
    "node_link",
    "page_frame",
    "plover_records",
    "render_html",
    "select_graph",
    "selection_to_networkx",
    "to_dataframe",
    "to_networkx",
]
