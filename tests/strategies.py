"""Hypothesis strategies for random fact sets, drawn from small pools so that facts collide."""

from __future__ import annotations

from hypothesis import strategies as st

from diplograph.graph import Interaction, InteractionType, Status

NAMES = ["Ana Ruiz", "Bo Li", "Chen Wei", "Émile Dupré", "Ōta Ken"]
STATES = ["USA", "CHN", "RUS", "KOR", "FRA"]
TEXTS = ["a", "B", "é", "z\U0001f600", "\uff5e", "x y", "Zeta"]
DATES = [None, "2025", "2025-07", "2025-07-01", "2024-12-31"]
DOCS = ["sha256:aaa", "sha256:bbb", "sha256:ccc"]

person = st.builds(
    lambda name, title, state, aliases: {
        "kind": "person",
        "name": name,
        "title": title,
        "state": state,
        "aliases": aliases,
    },
    st.sampled_from(NAMES),
    st.none() | st.sampled_from(TEXTS),
    st.none() | st.sampled_from(STATES),
    st.lists(st.sampled_from(TEXTS), max_size=2),
)
state = st.builds(
    lambda code, aliases: {"kind": "state", "code": code, "aliases": aliases},
    st.sampled_from(STATES),
    st.lists(st.sampled_from(TEXTS), max_size=2),
)
organization = st.builds(
    lambda n: {"kind": "organization", "name": n}, st.sampled_from(["UN", "NATO", "ASEAN"])
)
place = st.builds(
    lambda n, c: {"kind": "place", "name": n, "country": c},
    st.sampled_from(["Paris", "Kuala Lumpur"]),
    st.none() | st.sampled_from(STATES),
)
summit = st.builds(
    lambda n, d, p: {"kind": "summit", "name": n, "date": d, "place": p},
    st.sampled_from(["APEC summit", "G20"]),
    st.sampled_from(DATES),
    st.none() | place,
)
actor = st.one_of(person, state, organization)
document = st.builds(
    lambda i, t, p: {"id": i, "title": t, "published": p},
    st.sampled_from(DOCS),
    st.none() | st.sampled_from(TEXTS),
    st.none() | st.sampled_from(["2025-01-02", "2025-03-04", "2024-11-30"]),
)


@st.composite
def interaction(draw: st.DrawFn) -> Interaction:
    kind = draw(st.sampled_from(list(InteractionType)))
    source = draw(actor)
    target = draw(summit) if kind is InteractionType.ATTENDED else draw(st.none() | actor)
    if (
        target is not None
        and target.get("kind") == source["kind"]
        and target.get("name", target.get("code")) == source.get("name", source.get("code"))
    ):
        target = None if kind is not InteractionType.ATTENDED else target
    return Interaction.model_validate(
        {
            "type": kind.value,
            "source": source,
            "target": target,
            "status": draw(st.sampled_from(list(Status))).value,
            "date": draw(st.sampled_from(DATES)),
            "date_text": draw(st.none() | st.sampled_from(TEXTS)),
            "event": draw(st.none() | summit),
            "place": draw(st.none() | place),
            "topic": draw(st.none() | st.sampled_from(TEXTS)),
            "evidence": draw(st.none() | st.sampled_from(TEXTS)),
            "document": draw(st.none() | document),
            "confidence": draw(st.sampled_from([0.25, 0.5, 1.0])),
        }
    )


fact_lists = st.lists(interaction(), min_size=1, max_size=25)
