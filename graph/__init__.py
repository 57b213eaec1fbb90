"""diplograph.graph: the facts contract, the vocabulary, and the two stores.

>>> from diplograph.graph import LocalStore, Interaction
"""

from .errors import (
    ConfigError,
    DiplographError,
    InputError,
    ProvisionError,
    QueryError,
    ReadOnlyError,
    StoreError,
    StoreUnavailable,
    clip,
)
from .facts import (
    Document,
    Interaction,
    Organization,
    Person,
    Place,
    State,
    Summit,
    document_id,
    parse_date,
)
from .local_store import LocalStore
from .merging import MergeReport, merge_actors, replay_merges
from .names import strip_accents
from .neo4j_store import Neo4jStore
from .provision import Neo4jServer
from .schema import facts_schema
from .settings import Neo4jSettings, default_local_path
from .store import WriteReport, open_store
from .vocabulary import InteractionType, Label, Precision, Status, StructuralType

__all__ = [
    "ConfigError",
    "DiplographError",
    "Document",
    "InputError",
    "Interaction",
    "InteractionType",
    "Label",
    "LocalStore",
    "MergeReport",
    "Neo4jServer",
    "Neo4jSettings",
    "Neo4jStore",
    "Organization",
    "Person",
    "Place",
    "Precision",
    "ProvisionError",
    "QueryError",
    "ReadOnlyError",
    "State",
    "Status",
    "StoreError",
    "StoreUnavailable",
    "StructuralType",
    "Summit",
    "WriteReport",
    "clip",
    "default_local_path",
    "document_id",
    "facts_schema",
    "merge_actors",
    "open_store",
    "parse_date",
    "replay_merges",
    "strip_accents",
]
