"""diplograph.loaders.events: GDELT, ICEWS, PLOVER and POLECAT files into the same graph.

Each format has a pure ``parse_*`` (lines in, interactions out, counts in a :class:`Tally`) and
:func:`import_events` writes them to a store.

>>> from diplograph.loaders.events import FORMATS
>>> sorted(FORMATS)
['gdelt', 'gdelt1', 'icews', 'plover', 'polecat']
"""

from .gdelt import parse_gdelt
from .icews import parse_icews
from .importer import FORMATS, ImportResult, import_events, parse_events, read_events
from .plover import parse_plover
from .polecat import parse_polecat
from .tally import Tally

__all__ = [
    "FORMATS",
    "ImportResult",
    "Tally",
    "import_events",
    "parse_events",
    "parse_gdelt",
    "parse_icews",
    "parse_plover",
    "parse_polecat",
    "read_events",
]
