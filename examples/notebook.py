# %% [markdown]
# # diplograph in a notebook
#
# A notebook in percent format: Jupyter (with jupytext), VS Code and PyCharm open it as cells,
# and `python examples/notebook.py` runs it as a script. It loads the seed article's facts into
# an embedded store, shows a query's rows as a table and a selection as the interactive page,
# then hands both to networkx and pandas with stable ids and real dates.
# `tests/unit/test_notebook.py` runs every cell.

# %%
import builtins
import tempfile
from pathlib import Path

from diplograph.graph import open_store
from diplograph.loaders import load_facts
from diplograph.queries import run_query
from diplograph.views import select_graph

display = getattr(builtins, "display", print)  # Jupyter's; print when run as a script

ROOT = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples")
store = open_store(Path(tempfile.mkdtemp()) / "graph.json")
load_facts(store, ROOT / "seed_facts.jsonl")

# %% [markdown]
# A named query's rows display as a table (they are a plain list of dicts too).

# %%
rows = run_query(store, "talked-to", actor="Rubio")
display(rows)

# %% [markdown]
# A selection displays as the page: network, filters, search and timeline, in a sandboxed frame.

# %%
around = select_graph(store, ego="Wang Yi", hops=2)
display(around)

# %% [markdown]
# The same selection for analysis: a MultiDiGraph keyed by stable ids, and a DataFrame whose
# `date` column holds real dates with their precision beside them.

# %%
import networkx as nx  # noqa: E402

graph = around.to_networkx()
central = sorted(nx.degree_centrality(graph).items(), key=lambda kv: -kv[1])[:3]
display(central)

frame = around.to_dataframe()
display(frame[["type", "source", "target", "date", "date_precision"]].head())
