"""A synthetic GDELT 2.0 day in the real 61-column layout, made by varying the sample's rows.

Each row is a real row of ``../shared/eventdata/gdelt/events.csv`` or ``eventsT.csv`` with a new
event id, its actors' country codes swapped for other states' (in the code, the country column
and nothing else), and, for half the rows, a diplomatic event code in place of the row's own, so
the day holds both kinds as a real one does. The same seed gives the same file.

    .venv/bin/python benchmarks/synthetic_gdelt.py OUT.csv [--rows 200000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "eventdata" / "gdelt"
STATES = (
    "USA CHN RUS FRA DEU GBR IND JPN KOR BRA ZAF NGA EGY TUR IRN ISR SAU ARE QAT PAK AFG UKR POL "
    "ITA ESP PRT NLD BEL SWE NOR FIN DNK AUT CHE GRC HUN ROU BGR SRB HRV CZE SVK MEX CAN ARG CHL "
    "COL PER VEN CUB AUS NZL IDN MYS SGP THA VNM PHL KHM MMR BGD LKA NPL KAZ UZB AZE ARM GEO BLR "
    "MDA LTU LVA EST IRQ SYR JOR LBN YEM OMN KWT BHR DZA MAR TUN LBY SDN ETH KEN TZA UGA RWA COD "
    "AGO ZMB ZWE MOZ GHA CIV SEN MLI NER TCD CMR"
).split()
DIPLOMATIC = ("040", "041", "042", "043", "036", "046", "051", "057", "111", "112", "130", "163")


def sample_rows() -> list[list[str]]:
    rows = []
    for name in ("events.csv", "eventsT.csv"):
        for line in (SAMPLES / name).read_text("utf-8").splitlines():
            if line:
                rows.append(line.split("\t"))
    return rows


def _swap(row: list[str], code_at: int, country_at: int, state: str) -> None:
    country = row[country_at]
    if country and row[code_at].startswith(country):
        row[code_at] = state + row[code_at][len(country) :]
        row[country_at] = state


def synthetic_day(path: Path, rows: int, seed: int = 7) -> Path:
    """Write ``rows`` synthetic GDELT 2.0 event rows to ``path``."""
    rng = random.Random(seed)
    templates = sample_rows()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(rows):
            row = list(rng.choice(templates))
            row[0] = str(1_100_000_000 + i)
            _swap(row, 5, 7, rng.choice(STATES))
            _swap(row, 15, 17, rng.choice(STATES))
            if rng.random() < 0.5:
                code = rng.choice(DIPLOMATIC)
                row[26], row[27], row[28] = code, code[:3], code[:2]
            row[1] = f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            row[59] = "20251231120000"
            out.write("\t".join(row) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    synthetic_day(args.out, args.rows, args.seed)
    print(f"wrote {args.out} ({args.rows} rows)")


if __name__ == "__main__":
    main()
