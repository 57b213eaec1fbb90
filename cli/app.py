"""The ``diplograph`` command: a thin layer over the Python API.

Data on stdout, everything else on stderr."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from diplograph.graph import (
    ConfigError,
    DiplographError,
    Neo4jServer,
    clip,
    merge_actors,
    open_store,
    parse_date,
    replay_merges,
)
from diplograph.graph import aliases as alias_file
from diplograph.graph import people as office_holders
from diplograph.graph.bulk import bulk_load
from diplograph.graph.countries import country
from diplograph.graph.schema import render_schema
from diplograph.loaders import (
    empty_note,
    extract_article,
    ingest,
    load_facts,
    parse_facts,
    read_article,
    read_lines,
    state_code,
)
from diplograph.loaders.events import FORMATS as EVENT_FORMATS
from diplograph.loaders.events import Tally, import_events, read_events
from diplograph.queries import (
    list_queries,
    merge_pair,
    probable_duplicates,
    run_cypher,
    run_query,
)
from diplograph.views import FORMATS as EXPORT_FORMATS
from diplograph.views import export_files, export_graph, select_graph
from diplograph.views.targets import check_target, export_paths, write_outputs

from .output import FORMATS, render_rows

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def store_options(command: Callable) -> Callable:
    """--store, --user and --database, handed to the command as one ``store`` dict."""

    @functools.wraps(command)
    def wrapper(
        *args: Any, store: str | None, user: str | None, database: str | None, **kwargs: Any
    ) -> Any:
        return command(
            *args, store={"target": store, "username": user, "database": database}, **kwargs
        )

    for option in reversed(
        [
            click.option(
                "--store",
                "store",
                metavar="URI|PATH",
                envvar="DIPLOGRAPH_STORE",
                help="A Neo4j URI (bolt://, neo4j://, neo4j+s://) or the embedded store's file. "
                "Default: NEO4J_URI if set, else ~/.local/share/diplograph/graph.json.",
            ),
            click.option(
                "--user",
                metavar="NAME",
                help="Neo4j user (default NEO4J_USERNAME or "
                "neo4j). The password comes only from NEO4J_PASSWORD.",
            ),
            click.option(
                "--database",
                metavar="NAME",
                help="Neo4j database (default NEO4J_DATABASE or neo4j).",
            ),
        ]
    ):
        wrapper = option(wrapper)
    return wrapper


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output format.",
)
quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr, only on a terminal and without --quiet; sized at its first step."""
    if quiet or not sys.stderr.isatty():
        yield lambda done, total: None
        return
    bars: list = []

    def step(done: int, total: int) -> None:
        if not bars:
            bars.append(click.progressbar(length=total, label=label, file=sys.stderr))
            bars[0].__enter__()
        bars[0].update(done)

    try:
        yield step
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="diplograph")
def cli() -> None:
    """Turn diplomatic news into a knowledge graph, stored in Neo4j or in an embedded file.

    \b
    Example:
      diplograph load examples/seed_facts.jsonl && diplograph stats
    """


def skip_invalid_option(what: str) -> Callable:
    return click.option(
        "--skip-invalid",
        is_flag=True,
        help=f"Write the valid {what} and report the invalid ones, instead of writing nothing.",
    )


batch_size_option = click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=5000,
    show_default=True,
    help="Rows per Neo4j transaction.",
)
bulk_option = click.option(
    "--bulk",
    is_flag=True,
    help="First load into an empty database through neo4j-admin import, on the server "
    "`diplograph neo4j start` runs (stopped for the import, started again).",
)


def bulk_server(store: dict) -> Neo4jServer:
    """The provisioned server, which the bulk path needs: neo4j-admin writes its files."""
    server = Neo4jServer()
    if (store.get("database") or os.environ.get("NEO4J_DATABASE") or "neo4j") != "neo4j":
        raise click.UsageError("--bulk loads the server's default database, neo4j.")
    target = store.get("target") or os.environ.get("NEO4J_URI")
    if target and target.rstrip("/") != server.uri:
        raise click.UsageError(
            f"--bulk runs neo4j-admin on the server diplograph provisions ({server.uri}); "
            "for another server, load without --bulk."
        )
    return server


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=str))
@store_options
@skip_invalid_option("lines")
@batch_size_option
@bulk_option
@format_option
@quiet_option
def load(
    file: str, store: dict, skip_invalid: bool, batch_size: int, bulk: bool, fmt: str, quiet: bool
) -> None:
    """Load a facts file (JSON Lines, one interaction per line; - for stdin).

    A file with any invalid line writes nothing and exits 1, naming FILE:LINE: field: problem.
    Loading the same file again creates nothing.

    \b
    Example:
      diplograph load examples/seed_facts.jsonl --store bolt://127.0.0.1:7687
    """
    if bulk:
        server = bulk_server(store)
        name = "<stdin>" if file == "-" else file
        parsed = parse_facts(read_lines(file), name=name, skip_invalid=skip_invalid)
        report, problems = bulk_load(server, parsed.facts, batch_size=batch_size), parsed.problems
        location = server.uri
    else:
        with open_store(**store, batch_size=batch_size) as target:
            with _progress(quiet, "loading") as progress:
                result = load_facts(target, file, skip_invalid=skip_invalid, progress=progress)
        report, problems, location = result.report, result.problems, target.location
    for problem in problems:
        click.echo(f"skipped {problem}", err=True)
    row = {"file": file, "store": location, **report.as_dict(), "skipped": len(problems)}
    click.echo(render_rows([row], fmt), nl=False)


@cli.command("import")
@click.argument("dataset", metavar="FORMAT", type=click.Choice(list(EVENT_FORMATS)))
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@store_options
@skip_invalid_option("rows")
@batch_size_option
@bulk_option
@format_option
@quiet_option
def import_command(
    dataset: str,
    paths: tuple[str, ...],
    store: dict,
    skip_invalid: bool,
    batch_size: int,
    bulk: bool,
    fmt: str,
    quiet: bool,
) -> None:
    """Import event data: GDELT 2.0 (gdelt) or 1.0 (gdelt1) events, ICEWS, PLOVER or POLECAT.

    FILE may be plain, zipped or gzipped, a folder (searched recursively) or - for stdin.
    Only diplomatic events are imported (graph/event_codes.tsv); other codes are counted by code,
    and events whose actors cannot be resolved are counted by reason. A file with any faulty row
    writes nothing and exits 1, naming FILE:LINE: column: problem. Importing again creates nothing.

    \b
    Example:
      diplograph import gdelt 20250301.export.CSV.zip && diplograph query between -p a USA -p b CHN
    """
    if bulk:
        server = bulk_server(store)
        facts, tally = read_events(dataset, paths, skip_invalid=skip_invalid)
        report, location = bulk_load(server, facts, batch_size=batch_size), server.uri
    else:
        with open_store(**store, batch_size=batch_size) as target:
            with _progress(quiet, "importing") as progress:
                result = import_events(
                    target, dataset, paths, skip_invalid=skip_invalid, progress=progress
                )
        tally, report, location = result.tally, result.report, target.location
    _import_report(dataset, location, tally, report, fmt)


def _import_report(dataset: str, location: str, tally: Tally, report, fmt: str) -> None:
    for problem in tally.problems:
        click.echo(f"skipped {problem}", err=True)
    for label, counts in (
        ("codes outside the diplomatic range", tally.skipped_codes),
        ("events with unresolved actors", tally.unresolved),
    ):
        if counts:
            shown = ", ".join(f"{key} {n}" for key, n in counts.most_common())
            click.echo(f"{label}: {clip(shown, 400)}", err=True)
    row = {
        "format": dataset,
        "store": location,
        "rows": tally.rows,
        "events": tally.events,
        **report.as_dict(),
        "skipped_codes": sum(tally.skipped_codes.values()),
        "unresolved": sum(tally.unresolved.values()),
        "invalid": len(tally.problems),
    }
    if fmt == "json":
        row["skipped_by_code"] = dict(sorted(tally.skipped_codes.items()))
        row["unresolved_by_reason"] = dict(sorted(tally.unresolved.items()))
    click.echo(render_rows([row], fmt), nl=False)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parse_date(value)
        if len(value) != 10:
            raise ValueError
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date YYYY-MM-DD", param_hint="--published"
        ) from None
    return value


published_option = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help='Publication date that relative dates ("on Tuesday", "next month") count from. '
    "Default: the page's own date, a dateline, or a full date in a header line at the top. "
    "Undated acts then carry this date, marked date_inferred.",
)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@published_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", *FORMATS]),
    default="jsonl",
    show_default=True,
    help="jsonl (facts lines `diplograph load` reads), or table, json, csv as everywhere.",
)
def extract(files: tuple[str, ...], published: str | None, fmt: str) -> None:
    """Print the interactions articles state (text or HTML files; - for stdin). Writes nothing.

    One interaction per line in the facts format with --format jsonl, so the output loads with
    `diplograph load`.

    \b
    Example:
      diplograph extract article.txt --published 2025-09-11 > facts.jsonl
    """
    published = _published(published)
    articles = [read_article(path) for path in files]  # every file checked before any output
    facts = []
    for article in articles:
        parsed = extract_article(article, published)
        if note := empty_note(article):
            click.echo(note, err=True)
        facts.extend(parsed.facts)
    rows = [fact.model_dump(mode="json") for fact in facts]
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        table = [
            {
                "type": f.type.value,
                "status": f.status.value,
                "source": f.source.name,
                "target": getattr(f.target, "name", None),
                "date": f.date,
                "evidence": f.evidence,
            }
            for f in facts
        ]
        click.echo(render_rows(table, fmt), nl=False)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@published_option
@store_options
@batch_size_option
@format_option
@quiet_option
def ingest_command(
    paths: tuple[str, ...],
    published: str | None,
    store: dict,
    batch_size: int,
    fmt: str,
    quiet: bool,
) -> None:
    """Extract interactions from articles and load them (folders are searched recursively).

    Documents already in the store (same content hash) are skipped, so ingesting twice changes
    nothing. A document counts as in the store once all its interactions are: an ingest killed
    part-way is completed by running it again.

    \b
    Example:
      diplograph ingest examples/articles/ && diplograph query talked-to -p actor Blinken
    """
    published = _published(published)
    with open_store(**store, batch_size=batch_size) as target:
        with _progress(quiet, "ingesting") as progress:
            report = ingest(
                target,
                paths,
                published=published,
                progress=progress,
                warn=functools.partial(click.echo, err=True),
            )
        row = {"store": target.location, **vars(report)}
        click.echo(render_rows([row], fmt), nl=False)


@cli.command()
@store_options
@format_option
def stats(store: dict, fmt: str) -> None:
    """Count nodes by label and relationships by type.

    \b
    Example:
      diplograph stats --format json
    """
    with open_store(**store, existing=True) as target:
        counts = target.stats()
    rows = [
        {"kind": kind.rstrip("s"), "name": name, "count": n}
        for kind, names in counts.items()
        for name, n in names.items()
    ]
    click.echo(render_rows(rows, fmt, columns=["kind", "name", "count"]), nl=False)


param_option = click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="A query parameter; repeat for more.",
)


@cli.command("queries")
@format_option
def queries_command(fmt: str) -> None:
    """List the named queries and their parameters.

    \b
    Example:
      diplograph queries --format json
    """
    rows = [
        {
            "query": q.name,
            "description": q.description,
            "parameters": [
                f"{p.name}{'' if p.required else '?'}: {p.help}"
                + ("" if p.default in (None, False) else f" (default {p.default})")
                for p in q.params
            ],
        }
        for q in list_queries()
    ]
    click.echo(render_rows(rows, fmt), nl=False)


@cli.command()
@click.argument("name")
@param_option
@store_options
@format_option
def query(name: str, params: tuple[tuple[str, str], ...], store: dict, fmt: str) -> None:
    """Run a named query (see `diplograph queries`) against Neo4j or the embedded store.

    Actor parameters take what you would write: Rubio, "Marco Rubio", USA, Washington.

    \b
    Example:
      diplograph query between -p a Rubio -p b "Wang Yi" --format json
    """
    with open_store(**store, existing=True) as target:
        rows = run_query(target, name, **dict(params))
    if fmt == "table":  # a person reads titles; the article ids stay in json and csv
        rows = [{k: v for k, v in row.items() if k != "articles"} for row in rows]
    click.echo(render_rows(rows, fmt), nl=False)


@cli.command()
@click.argument("cypher_text", metavar="QUERY")
@param_option
@click.option("--write", is_flag=True, help="Allow writes (otherwise Neo4j runs it read-only).")
@store_options
@format_option
def cypher(
    cypher_text: str, params: tuple[tuple[str, str], ...], write: bool, store: dict, fmt: str
) -> None:
    """Run any Cypher on Neo4j, read-only unless --write.

    Parameter values are read as JSON when they parse (5, true, ["a"]), else as text.

    \b
    Example:
      diplograph cypher "MATCH (:Person {name: $n})-[r]-(o) RETURN type(r), o.name" \\
        -p n "Marco Rubio"
    """
    with open_store(**store) as target:
        rows = run_cypher(target, cypher_text, _json_params(params), write=write)
    click.echo(render_rows(rows, fmt), nl=False)


def _json_params(params: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in params:
        try:
            out[name] = json.loads(value)
        except json.JSONDecodeError:
            out[name] = value
    return out


def selection_options(command: Callable) -> Callable:
    """The options that choose what viz and export show."""
    for option in reversed(
        [
            click.option(
                "--query",
                "query_name",
                metavar="NAME",
                help="Show what a named query returns (see `diplograph queries`).",
            ),
            param_option,
            click.option("--ego", metavar="ACTOR", help="Show an actor and its neighbourhood."),
            click.option(
                "--hops",
                type=click.IntRange(1, 6),
                default=1,
                show_default=True,
                help="How far --ego reaches.",
            ),
            click.option(
                "--officials/--no-officials",
                default=True,
                show_default=True,
                help="--ego on a state reaches out from the persons who represent it too.",
            ),
            click.option(
                "--type", "types", metavar="TYPE[,TYPE]", help="Only these interaction types."
            ),
            click.option(
                "--status",
                "statuses",
                multiple=True,
                type=click.Choice(["actual", "planned", "claimed", "negated"]),
                help="Only these statuses (repeatable).",
            ),
            click.option("--since", metavar="DATE", help="Only interactions from this date."),
            click.option("--until", metavar="DATE", help="Only interactions up to this date."),
            click.option(
                "--max-nodes",
                type=click.IntRange(10, 50_000),
                default=2000,
                show_default=True,
                help="Above this, keep the actors with most counterparts and say so.",
            ),
        ]
    ):
        command = option(command)
    return command


force_option = click.option(
    "--force",
    is_flag=True,
    help="Replace an existing --out file that diplograph did not write (never the store).",
)


def _store_file(target) -> Path | None:
    return getattr(target, "path", None)  # the embedded store's file; None on Neo4j


def _check_selection(query_name, params, ego) -> None:
    """Options that would silently cancel each other are refused before anything runs."""
    if query_name and ego:
        raise click.UsageError("--query and --ego each choose the selection: give one of them")
    if params and not query_name:
        raise click.UsageError("-p gives a parameter to --query: name the query too")
    source = click.get_current_context().get_parameter_source("hops")
    if not ego and source is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--hops says how far --ego reaches: give --ego too")
    source = click.get_current_context().get_parameter_source("officials")
    if not ego and source is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--officials and --no-officials shape --ego: give --ego too")


def _select(
    target, query_name, params, ego, hops, officials, types, statuses, since, until, max_nodes
):
    return select_graph(
        target,
        query=query_name,
        params=dict(params),
        ego=ego,
        hops=hops,
        officials=officials,
        types=types,
        statuses=list(statuses) or None,
        since=since,
        until=until,
        max_nodes=max_nodes,
    )


@cli.command()
@selection_options
@store_options
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/diplograph.html"),
    show_default=True,
    help="Where to write the page.",
)
@click.option("--open", "open_page", is_flag=True, help="Open the page in a browser.")
@force_option
def viz(store: dict, out: Path, open_page: bool, force: bool, **selection: Any) -> None:
    """Write an interactive, self-contained HTML page of the graph (works offline).

    Node colour and shape by kind, size by counterparts; edge colour by type (conflict in reds),
    dashed when planned/claimed/negated, arrows when directed; parallel interactions of one type
    are one edge whose width and tooltip carry the count; the most connected actors stay
    labelled at every zoom. Filters for types, statuses and kinds, "hide isolated nodes", header
    counts that follow them, a search over names, codes and capitals, a details panel for a
    selected node, a PNG download, and a chart of interactions per month whose brush filters
    the network. An --out that is the store, or a file diplograph did not write, is refused
    unless --force.

    \b
    Example:
      diplograph viz --ego "Wang Yi" --hops 2 --out wang.html --open
    """
    _check_selection(selection["query_name"], selection["params"], selection["ego"])
    with open_store(**store, existing=True) as target:
        check_target(out, "html", store=_store_file(target), force=force)
        chosen = _select(target, **selection)
    write_outputs({out: chosen.page()}, "html", store=_store_file(target), force=force)
    if chosen.note:
        click.echo(chosen.note, err=True)
    if not chosen.nodes:
        click.echo(
            "the selection is empty: the page shows no graph (load or ingest first, or "
            "widen the filters)",
            err=True,
        )
    click.echo(
        f"wrote {out} ({len(chosen.nodes)} nodes, {len(chosen.edges)} interactions)", err=True
    )
    if open_page:
        webbrowser.open(out.resolve().as_uri())


@cli.command()
@selection_options
@store_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="gexf (GEXF 1.3: Gephi, with date windows for its timeline) or graphml (Gephi, "
    "networkx, yEd); json (node-link: networkx.node_link_graph); csv (a node table and an edge "
    "table: STEM.nodes.csv and STEM.edges.csv, needs --out); plover (PLOVER JSON Lines).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout (csv: the stem of its two files).",
)
@force_option
def export(store: dict, fmt: str, out: Path | None, force: bool, **selection: Any) -> None:
    """Export the graph, or a selection of it, for other tools.

    Nodes carry kind, key, state, titles, aliases and counterparts; interactions carry type,
    status, direction, date with its precision and window (start, end), corroboration, CAMEO,
    PLOVER and event-data codes, article URLs and titles, topics and evidence.

    \b
    Example:
      diplograph export --format gexf --type MET,CALLED --out meetings.gexf
      diplograph export --format csv --out out/graph    # out/graph.nodes.csv, out/graph.edges.csv
    """
    if fmt == "csv" and out is None:
        raise ConfigError("--format csv writes two tables (nodes and edges): give --out STEM")
    _check_selection(selection["query_name"], selection["params"], selection["ego"])
    with open_store(**store, existing=True) as target:
        store_file = _store_file(target)
        for path in export_paths(out, fmt) if out else ():
            check_target(path, fmt, store=store_file, force=force)
        chosen = _select(target, **selection)
    if chosen.note:
        click.echo(chosen.note, err=True)
    if out:
        paths = export_files(chosen.nodes, chosen.edges, fmt, out, store=store_file, force=force)
        click.echo(
            f"wrote {', '.join(map(str, paths))} "
            f"({len(chosen.nodes)} nodes, {len(chosen.edges)} interactions)",
            err=True,
        )
    else:
        click.echo(export_graph(chosen.nodes, chosen.edges, fmt), nl=False)


def _state_option(value: str | None) -> str | None:
    """A state as a user writes it (GBR, UK, London, British; EUU, NAT, UNO) as its code."""
    if value is None:
        return None
    code = value.strip().upper()
    if country(code) or code in {t.country for t in office_holders.terms()}:
        return code
    found = state_code(value.strip())
    if found is None:
        raise click.BadParameter(f"{value!r} is not a state diplograph knows", param_hint="--state")
    return found


def _date_option(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parse_date(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD", param_hint="--on"
        ) from None
    return value


@cli.command()
@click.argument("text", metavar="NAME|TITLE")
@click.option("--state", metavar="STATE", help="The state: a code, name or capital (GBR, UK).")
@click.option("--on", "on", metavar="DATE", help="The date (YYYY, YYYY-MM or YYYY-MM-DD).")
@format_option
def people(text: str, state: str | None, on: str | None, fmt: str) -> None:
    """Who held an office, or whom a name stands for, in the office-holder table.

    A title with --state lists that office's holders: the one on --on, or all of them. Anything
    else lists the people a name, surname or variant fits, and says on stderr whom it resolves
    to. Nobody found: a line on stderr and exit 1. The table is package data; add rows with
    DIPLOGRAPH_PEOPLE (see the README).

    \b
    Example:
      diplograph people "Prime Minister" --state UK --on 2025-02-25
      diplograph people Blinken --on 2023-02-04
      diplograph people "KAMIKAWA Yoko" --format json
    """
    found = office_holders.lookup(text, _state_option(state), _date_option(on))
    rows = [
        {
            "name": t.name,
            "state": t.country,
            "office": t.office,
            "title": t.title,
            "start": t.start.isoformat() if t.start != date.min else None,
            "end": t.end.isoformat() if t.end else None,
            "wikidata": t.wikidata,
            "confidence": t.confidence,
        }
        for t in found.terms
    ]
    click.echo(f"diplograph: {found.summary()}", err=True)
    if not rows:
        raise click.exceptions.Exit(1)
    click.echo(render_rows(rows, fmt), nl=False)


@cli.command()
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many pairs.")
@store_options
@format_option
def review(limit: int | None, store: dict, fmt: str) -> None:
    """List actors that are probably one person or body under two names, with the evidence.

    A pair is listed when the office-holder table resolves both names to one person, or the
    names have the same words, close spellings, one name's words, or an organization's
    initials; and the two never interacted with each other and represent no different states.
    Each row says which to merge into which (the fuller name is kept), why, the counterparts
    they share and each one's number of interactions. Confirm one with `diplograph merge`.

    \b
    Example:
      diplograph review
      diplograph merge Blinken --into "Antony Blinken"
    """
    with open_store(**store, existing=True) as target:
        rows = probable_duplicates(target)
    shown = rows[:limit] if limit else rows
    if not rows:
        click.echo("diplograph: no probable duplicates", err=True)
        return
    more = (
        f"; {len(rows) - len(shown)} more with a larger --limit" if len(shown) < len(rows) else ""
    )
    click.echo(
        f"diplograph: {len(rows)} probable duplicates{more}; "
        "merge a pair with `diplograph merge MERGE --into INTO`",
        err=True,
    )
    click.echo(render_rows(list(shown), fmt), nl=False)


@cli.command()
@click.argument("name", required=False)
@click.option("--into", "into", metavar="NAME", help="The actor to keep.")
@click.option(
    "--label",
    type=click.Choice(["Person", "Organization"]),
    help="Only actors with this label (when a name fits a person and an organization).",
)
@click.option("--replay", is_flag=True, help="Apply every merge in the alias file to this store.")
@store_options
@format_option
def merge(
    name: str | None, into: str | None, label: str | None, replay: bool, store: dict, fmt: str
) -> None:
    """Join the actor NAME into the actor --into, keeping every alias and interaction.

    The merge is recorded in the alias file (DIPLOGRAPH_ALIASES, else aliases.tsv in the data
    folder), which every later load, ingest and import applies: a re-ingest gives the merged
    graph. Merging a pair again changes nothing; merging back (the kept name --into the merged
    one) turns the merge round. --replay applies the whole file to a store loaded before it.

    \b
    Example:
      diplograph merge Blinken --into "Antony Blinken"
      diplograph merge --replay --store bolt://127.0.0.1:7687
    """
    if replay == bool(name or into):
        raise click.UsageError("give NAME --into NAME, or --replay alone")
    if not replay and not (name and into):
        raise click.UsageError("give the actor to merge and the one to keep: NAME --into NAME")
    with open_store(**store, existing=True) as target:
        if replay:
            reports = replay_merges(target)
        else:
            kind, old, new = merge_pair(target, name, into, label=label)
            if old == new:
                click.echo(f"diplograph: {name!r} and {into!r} are one actor already", err=True)
                return
            reports = [merge_actors(target, kind, old, new)]
    moved = sum(1 for r in reports if r.found)
    where = alias_file.default_path()
    click.echo(f"diplograph: merged {moved} of {len(reports)}; recorded in {where}", err=True)
    click.echo(render_rows([r.as_dict() for r in reports], fmt), nl=False)


@cli.command()
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
def schema(out: Path | None) -> None:
    """Print the JSON Schema of one facts line.

    \b
    Example:
      diplograph schema --out facts.schema.json
    """
    text = render_schema()
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text, nl=False)


@cli.group()
def neo4j() -> None:
    """Run a local Neo4j Community server without Docker (fetched with Maven, run with Java 17+).

    \b
    Example:
      diplograph neo4j start && diplograph load facts.jsonl --store bolt://127.0.0.1:7687
    """


port_option = click.option(
    "--port",
    type=int,
    default=None,
    help="Bolt port on 127.0.0.1 (default 7687, or the last one used).",
)


@neo4j.command()
@port_option
def start(port: int | None) -> None:
    """Provision (first time) and start Neo4j; return when Bolt answers.

    \b
    Example:
      diplograph neo4j start --port 7687
    """
    server = Neo4jServer(port=port)
    click.echo(f"starting Neo4j on {server.uri} (first start fetches it with Maven)...", err=True)
    settings = server.start()
    click.echo(f"Neo4j is up at {settings.uri}. Use: export NEO4J_URI={settings.uri}")
    click.echo(
        "The password is NEO4J_PASSWORD if set, else the one kept in "
        f"{server.home / 'password'}, which diplograph reads by itself.",
        err=True,
    )


@neo4j.command()
def stop() -> None:
    """Stop the local Neo4j server.

    \b
    Example:
      diplograph neo4j stop
    """
    server = Neo4jServer()
    click.echo("stopped" if server.stop() else "not running")


@neo4j.command()
def status() -> None:
    """Say whether the local Neo4j server runs and answers (JSON).

    \b
    Example:
      diplograph neo4j status
    """
    click.echo(json.dumps(Neo4jServer().status(), indent=2))


class _OneLine(logging.Handler):
    """The driver's notices ("Transaction failed and will be retried in 1.1s (...)") and the
    store's own ("Neo4j's answer to a commit was lost; ...") as one line on the stderr of the
    moment."""

    def emit(self, record: logging.LogRecord) -> None:
        text = " ".join(record.getMessage().split())
        click.echo(f"diplograph: Neo4j: {clip(text, 200)}", err=True)


def _quiet_driver_logs() -> None:
    for name in ("neo4j", "diplograph.graph.neo4j_store"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(_OneLine())
            logger.setLevel(logging.WARNING)
            logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    """Entry point: user errors are one line on stderr and exit code 1, never a traceback."""
    _quiet_driver_logs()
    try:
        code = cli.main(args=argv, prog_name="diplograph", standalone_mode=False)
        if isinstance(code, int):  # a command's click.exceptions.Exit, returned in this mode
            return code
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.Abort:
        click.echo("diplograph: aborted", err=True)
        return 1
    except click.ClickException as e:
        click.echo(f"diplograph: error: {e.format_message()}", err=True)
        return 1
    except DiplographError as e:
        click.echo(f"diplograph: error: {e}", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as e:  # the output cannot be written: a full device, a closed stdout
        click.echo(f"diplograph: error: cannot write the output: {e.strerror or e}", err=True)
        return 1
    return 0
