"""Named-query cases shared by the unit tests (embedded store) and the parity tests (both)."""

SEED_CASES = [
    ("talked-to", {"actor": "Rubio"}),
    ("talked-to", {"actor": "Xi Jinping", "all_statuses": True}),
    ("talked-to", {"actor": "USA"}),
    ("talked-to", {"actor": "China", "officials": "false"}),
    ("between", {"a": "USA", "b": "China"}),
    ("talked-to", {"actor": "the Kremlin"}),  # the extractor's gazetteer, in queries too
    ("timeline", {"actor": "Chinese"}),
    ("between", {"a": "Rubio", "b": "Wang Yi"}),
    ("between", {"a": "Marco Rubio", "b": "wang yi", "since": "2025-08"}),
    ("between", {"a": "Trump", "b": "Beijing", "type": "ACCUSED,DENIED"}),
    ("path", {"a": "Trump", "b": "Beijing"}),
    ("path", {"a": "Dong Jun", "b": "Washington", "max_hops": 3}),
    ("top-actors", {}),
    ("top-actors", {"type": "ACCUSED", "limit": 2}),
    ("state-pairs", {}),
    ("accusations", {}),
    ("accusations", {"actor": "Moscow"}),
    ("attendees", {"summit": "APEC"}),
    ("attendees", {"summit": "military parade"}),
    ("timeline", {}),
    ("timeline", {"actor": "United States", "since": "2025-09", "until": "2025-09-30"}),
]
