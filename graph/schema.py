"""The JSON Schema of one facts line, generated from the models and shipped as a file.

``tests/unit/test_facts.py`` fails when the shipped file and the models drift apart; regenerate it
with ``diplograph schema --out graph/facts.schema.json``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .facts import Interaction


def facts_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line of a facts JSON Lines file."""
    schema = Interaction.model_json_schema(mode="validation")
    return {
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "diplograph interaction",
    }


def render_schema() -> str:
    return json.dumps(facts_schema(), indent=2, sort_keys=True) + "\n"


def shipped_schema() -> str:
    return resources.files(__package__).joinpath("facts.schema.json").read_text(encoding="utf-8")
