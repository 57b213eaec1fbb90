"""Score the extractor against a gold-annotated development set (a script, not a test).

    .venv/bin/python benchmarks/score_extraction.py [--devset ../shared/devset] [--show-errors]

Matching, as the devset's README suggests: a party matches the gold entity's name, an alias, a
non-pronoun mention, or the alt_source/alt_target entity (a predicted name whose words all occur in
one of those also matches: "Blinken" for "Antony Blinken"; a predicted state matches only a gold
state, by ISO code, never a person whose mention names the state; an unnamed office holder's
"(unnamed, <date>)" qualifier is not part of the name it is matched by). The type
must equal the gold type or one of its alt_types; symmetric items compare parties as unordered
pairs; multi-party items are expanded pairwise; an empty gold target accepts any target. Statuses
must agree (gold "unclear" counts as planned). Optional items neither reward nor penalise. A
prediction marked actual whose type and parties match a planned, claimed or negated gold item is
counted apart as a status error (and as a false positive). Dates are reported, not required: the
share of matched items whose gold date is set and whose predicted date overlaps it.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from diplograph.loaders import parse_article
from diplograph.loaders.mentions import state_code, unqualified
from diplograph.queries import normalise

TYPE_MAP = {"AGREED/SIGNED": "AGREED", "PRAISED/THANKED": "PRAISED"}
PRONOUNS = {"he", "she", "him", "his", "her", "they", "them", "their", "we", "i", "it", "you"}
FOCUS = ("CALLED", "MET", "ACCUSED")


def _forms(entity: dict) -> set[str]:
    forms = {normalise(entity["name"])}
    for text in (entity.get("aliases") or []) + (entity.get("mentions") or []):
        if normalise(text) not in PRONOUNS:
            forms.add(normalise(text))
    return {f for f in forms if f}


def _codes(entity: dict) -> set[str]:
    if entity.get("type") != "STATE":
        return set()
    codes = set()
    for text in [entity["name"], *(entity.get("mentions") or []), *(entity.get("aliases") or [])]:
        code = state_code(re.sub(r"['’]s$", "", text))
        if code:
            codes.add(code)
    return codes


class Gold:
    def __init__(self, data: dict):
        self.entities = {e["name"]: e for e in data["entities"]}
        self.forms = {name: _forms(e) for name, e in self.entities.items()}
        self.codes = {name: _codes(e) for name, e in self.entities.items()}

    def matches(self, actor, names: list[str]) -> bool:
        if actor is None:
            return False
        if getattr(actor, "kind", None) == "state":
            # a state matches a state by its code, never a person whose mention names it
            # ("Bangladesh" is not "Bangladesh Prime Minister Sheikh Hasina")
            return any(actor.code in self.codes.get(n, ()) for n in names)
        mine = normalise(unqualified(getattr(actor, "name", None) or actor.key))
        words = set(mine.split())
        for name in names:
            for form in self.forms.get(name, ()):
                if mine == form or (words and words <= set(form.split())):
                    return True
        return False


def _parties(item: dict, key: str) -> list[list[str]]:
    """Each listed party with its alternative forms: [[name, alt...], ...]."""
    alts = item.get(f"alt_{key}") or []
    return [[name, *alts] for name in item.get(key) or []]


def _pairs(item: dict) -> list[tuple[list[str], list[str] | None]]:
    sources = _parties(item, "source") or [[]]
    targets = _parties(item, "target") or [None]
    return [(s, t) for s in sources for t in targets]


def _pair_matches(gold: Gold, item: dict, pair, fact, alts: bool = True) -> bool:
    source, target = pair
    if not alts:  # the listed parties only, without alt_source / alt_target
        source, target = source[:1], (target[:1] if target is not None else None)
    fwd = gold.matches(fact.source, source) and (
        target is None or gold.matches(fact.target, target)
    )
    if fwd:
        return True
    if item.get("symmetric") and target is not None:
        return gold.matches(fact.source, target) and gold.matches(fact.target, source)
    return False


def _type_ok(item: dict, kind: str) -> bool:
    types = {TYPE_MAP.get(item["type"], item["type"])}
    types |= {TYPE_MAP.get(t, t) for t in item.get("alt_types") or []}
    return kind in types


def _status(item: dict) -> str:
    return "planned" if item["status"] == "unclear" else item["status"]


def _date_ok(gold_date: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    start, _, end = gold_date.partition("/")
    end = end or start
    return (
        predicted[: len(start)] >= start[: len(predicted)]
        and predicted[: len(end)] <= end[: len(predicted)]
        or predicted.startswith(start)
    )


def score(devset: Path, show_errors: bool = False) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    status_errors, dates_set, dates_ok = 0, 0, 0
    for gold_file in sorted((devset / "gold").glob("*.json")):
        data = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (devset / "docs" / f"{data['doc_id']}.txt").read_text(encoding="utf-8")
        facts = parse_article(text, published=data["published"], title=data.get("title")).facts
        gold = Gold(data)
        slots = [(item, pair) for item in data["interactions"] for pair in _pairs(item)]
        taken: set[int] = set()
        for fact in facts:
            kind = fact.type.value
            hit = None
            for alts in (False, True):  # a slot the fact names outright before one via alts
                for index, (item, pair) in enumerate(slots):
                    if (
                        index in taken
                        or not _type_ok(item, kind)
                        or _status(item) != fact.status.value
                    ):
                        continue
                    if _pair_matches(gold, item, pair, fact, alts):
                        hit = index
                        break
                if hit is not None:
                    break
            if hit is None:
                wrong_status = any(
                    _type_ok(item, kind)
                    and _pair_matches(gold, item, pair, fact)
                    and _status(item) != "actual"
                    and fact.status.value == "actual"
                    for item, pair in slots
                )
                status_errors += wrong_status
                fp[kind] += 1
                if show_errors:
                    print(
                        f"FP {data['doc_id']} {kind} {fact.status.value} "
                        f"{fact.source.name} -> {getattr(fact.target, 'name', None)}"
                        f"{' [status]' if wrong_status else ''} | {fact.evidence[:90]}"
                    )
                continue
            taken.add(hit)
            item, _ = slots[hit]
            if item.get("optional"):
                continue
            tp[kind] += 1
            if item.get("date"):
                dates_set += 1
                dates_ok += _date_ok(item["date"], fact.date)
        for index, (item, pair) in enumerate(slots):
            if index not in taken and not item.get("optional"):
                kind = TYPE_MAP.get(item["type"], item["type"])
                fn[kind] += 1
                if show_errors:
                    print(
                        f"FN {data['doc_id']} {kind} {item['status']} {pair[0][:1]} -> "
                        f"{(pair[1] or [None])[:1]} | {item['evidence'][:90]}"
                    )
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "status_errors": status_errors,
        "dates_set": dates_set,
        "dates_ok": dates_ok,
    }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--devset", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "devset"
    )
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    result = score(args.devset, args.show_errors)
    tp, fp, fn = result["tp"], result["fp"], result["fn"]
    print(f"{'type':16} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'f1':>6}")
    for kind in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = _prf(tp[kind], fp[kind], fn[kind])
        print(f"{kind:16} {tp[kind]:4} {fp[kind]:4} {fn[kind]:4} {p:6.2f} {r:6.2f} {f:6.2f}")
    for label, kinds in (("CALLED+MET+ACCUSED", FOCUS), ("all", None)):
        keys = kinds or set(tp) | set(fp) | set(fn)
        sums = [sum(c[k] for k in keys) for c in (tp, fp, fn)]
        p, r, f = _prf(*sums)
        print(f"{label:16} {sums[0]:4} {sums[1]:4} {sums[2]:4} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"planned/claimed/negated reported as actual: {result['status_errors']}")
    if result["dates_set"]:
        print(
            f"dates: {result['dates_ok']}/{result['dates_set']} matched items with a gold date "
            "have an overlapping predicted date"
        )


if __name__ == "__main__":
    main()
