"""The ``sitat`` command: a thin shell over the ``index`` and ``search`` APIs."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from functools import partial, wraps
from typing import Any

import click

from index.errors import SitatError
from index.shown import printable, shown

ERROR_EXIT = 2
INTERRUPTED_EXIT = 130  # as a shell reports a program ended by Ctrl-C
BROKEN_PIPE_EXIT = 141  # as a shell reports a program ended by SIGPIPE


def _echo(message: object = "", err: bool = False, nl: bool = True) -> None:
    """click.echo, with every control character shown escaped: article text, file names and
    typed words never reach the terminal as escape sequences."""
    click.echo(printable(str(message)), err=err, nl=nl)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn sitat's own errors into one line on stderr and exit code 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SitatError as err:
            _echo(f"Error: {err}", err=True)
            sys.exit(ERROR_EXIT)
        except KeyboardInterrupt:
            _echo("Interrupted; the index is as it was.", err=True)
            sys.exit(INTERRUPTED_EXIT)
        except BrokenPipeError:  # `sitat quotes | head`: the reader has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(BROKEN_PIPE_EXIT)
        except OSError as err:  # anything the layers below did not foresee, still one line
            where = f": {shown(err.filename)}" if err.filename else ""
            _echo(f"Error: {err.strerror or err}{where}", err=True)
            sys.exit(ERROR_EXIT)

    return wrapper


NO_HITS_EXIT = 1


def output_format(*formats: str, help: str = "Readable text, or JSON for programs."):
    """The one ``--format`` option of every command: text by default, then ``formats``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", *formats]),
        default="text",
        show_default=True,
        help=help,
    )


text_or_json = output_format("json")
PROGRESS_MIN_FILES = 200


def pass_index(command: Callable[..., Any]) -> Callable[..., Any]:
    """The index directory as the command's first argument, given before the command
    (`sitat --index DIR search …`) or after it (`sitat search … --index DIR`, which wins)."""

    @click.option(
        "--index",
        "index_after",
        metavar="DIR",
        type=click.Path(file_okay=True),
        help="Index directory (also accepted before the command).",
    )
    @click.pass_obj
    @wraps(command)
    def wrapper(index_dir: str | None, *args: Any, index_after: str | None = None, **kwargs: Any):
        return command(index_after or index_dir, *args, **kwargs)

    return wrapper


FIELDS_OPTION = click.option(
    "--fields",
    metavar="FIELD=NAME,...",
    help="Name the fields of a JSON export that sitat does not know, e.g. "
    "body=brodtekst,published=pubdato (FIELD: id, title, body, lede, published, url, "
    "outlet, authors, agency).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--index",
    "index_dir",
    metavar="DIR",
    type=click.Path(file_okay=True),
    help="Index directory (default: $SITAT_INDEX, else a per-user data directory).",
)
@click.version_option(package_name="sitat")
@click.pass_context
def cli(ctx: click.Context, index_dir: str | None) -> None:
    """Search Norwegian news by who said what.

    \b
    Examples:
        sitat search "humanitær hjelp"
        sitat search "speaker:Putin Aleppo" --format json
        sitat index artikler/        (add or update articles; rerun after edits)
        sitat speakers
    """
    ctx.obj = index_dir


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@cli.command("search")
@click.argument("query", nargs=-1)
@click.option("--speaker", help="Only paragraphs quoting this person (full name or surname).")
@click.option("--source", help="Only paragraphs credited to this outlet or agency.")
@click.option("--section", help="Only paragraphs under this sub-heading.")
@click.option(
    "--quote",
    type=click.Choice(["direct", "indirect", "none"]),
    help="Only paragraphs with this kind of quote.",
)
@click.option(
    "--lang",
    type=click.Choice(["nb", "nn"]),
    help="Only articles in bokmål (nb) or nynorsk (nn).",
)
@click.option("--outlet", help="Only articles from this outlet (publisher), e.g. NRK.")
@click.option(
    "--limit",
    type=int,
    default=10,
    show_default=True,
    help="How many paragraphs to show (at least 1).",
)
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
    help="Best first, or newest first (then best).",
)
@click.option(
    "-C",
    "--context",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Show N paragraphs before and after each hit.",
)
@output_format(
    "json",
    "jsonl",
    "csv",
    help="Readable text; JSON, one JSON hit a line, or CSV for programs and spreadsheets.",
)
@click.option(
    "--count", is_flag=True, help="Print only how many paragraphs match (exact), like grep -c."
)
@pass_index
@reports_errors
def search_command(
    index_dir: str | None,
    query: tuple[str, ...],
    speaker: str | None,
    source: str | None,
    section: str | None,
    quote: str | None,
    lang: str | None,
    outlet: str | None,
    limit: int,
    sort: str,
    context: int,
    fmt: str,
    count: bool,
) -> None:
    """Find paragraphs that match QUERY, best first, with who is speaking.

    QUERY is free words (all must match), "phrases", speaker:, source:, outlet:, section:,
    quote:, lang: (nb or nn), article: and date: fields, AND / OR / NOT, prefix* and fuzzy~. Exit
    code 0 when something was found, 1 when nothing was, 2 on an error.
    """
    from .api import Searcher
    from .render import results_csv, results_json, results_jsonl, results_text

    with Searcher(index_dir, notify=_tell) as searcher:
        results = searcher.search(
            " ".join(query),
            speaker=speaker,
            source=source,
            section=section,
            quote=quote,
            lang=lang,
            outlet=outlet,
            limit=limit,
            exact_total=count,
            sort=sort,
            context=context,
        )
    if count:
        for note in _notes(results)[:-1] if not results.hits else _notes(results):
            _echo(note, err=True)
        _echo(results.total)
        sys.exit(0 if results.total else NO_HITS_EXIT)
    if fmt == "json":
        _echo(results_json(results))
    elif fmt == "jsonl":
        for line in results_jsonl(results):
            _echo(line)
    elif fmt == "csv":
        for note in _notes(results):
            _echo(note, err=True)
        _echo(results_csv(results), nl=False)
    else:
        for note in _notes(results):
            _echo(note, err=True)
        color = _color()
        # Coloured: the styles are ours; the text in it is clean (index.parse.clean,
        # index.shown.shown), so it is not escaped again.
        click.echo(results_text(results, width=_width(), color=color), color=color, nl=False)
    sys.exit(0 if results.hits else NO_HITS_EXIT)


def _notes(results) -> list[str]:
    notes = list(results.notes)
    if results.suggestion:
        notes.append(f"Nothing found for «{results.query}»; showing «{results.suggestion}».")
    if results.any_word:
        notes.append("No paragraph has every word; showing paragraphs with any of them.")
    if not results.hits:
        notes.append(f"No hits for «{results.query}».")
    return notes


def _width() -> int:
    return min(100, shutil.get_terminal_size((88, 24)).columns) - 4


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--full", is_flag=True, help="Rebuild from scratch instead of updating.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another indexer to finish.",
)
@click.option(
    "--watch", is_flag=True, help="Then keep the index up to date as articles change, until Ctrl-C."
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes that parse articles  [default: every core]",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="Parse on the workers of a Dask cluster (its scheduler's address, tcp://HOST:8786); "
    "needs pip install 'sitat[cluster]'.",
)
@FIELDS_OPTION
@pass_index
@reports_errors
def index_command(
    index_dir: str | None,
    paths: tuple[str, ...],
    full: bool,
    wait: float,
    watch: bool,
    jobs: int | None,
    cluster: str | None,
    fields: str | None,
) -> None:
    """Add, update and remove articles: files, or directories searched for articles (.txt,
    saved pages .html/.htm, JSON exports .json/.jsonl/.ndjson, wire XML .xml/.nitf/.newsml).

    Only what changed is re-indexed; articles whose files are gone from an indexed directory
    are removed. With no PATH, the directories and files indexed before are scanned again
    (or, in a new index, the bundled article).
    """
    import index
    from index.location import resolve_index
    from index.reading.records import parse_fields

    if jobs and cluster:
        _echo("Error: choose --jobs (processes here) or --cluster (a Dask cluster)", err=True)
        sys.exit(ERROR_EXIT)
    directory, _ = resolve_index(index_dir)
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and total >= PROGRESS_MIN_FILES and sys.stderr.isatty():
            bar = click.progressbar(length=total, label="Indexing", file=sys.stderr)
            bar.__enter__()
        if bar is not None:
            bar.update(done - bar.pos)

    try:
        report = index.update(
            paths,
            index=directory,
            full=full,
            wait=wait,
            progress=progress,
            notify=_tell,
            fields=parse_fields(fields),
            jobs=jobs,
            cluster=cluster,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for gone in report.gone:
        _echo(
            f"Warning: {gone} is gone; what was indexed from it stays. "
            "Remove it with: sitat index --full PATH ...",
            err=True,
        )
    for problem in report.skipped:
        _echo(f"Warning: skipped {problem}", err=True)
    if report.rebuilt:
        _echo(f"Rebuilt the whole index ({report.rebuilt}).", err=True)
    _echo(report.summary())
    if watch:
        _follow(directory, paths, wait=wait)


def _follow(directory, paths: tuple[str, ...], stop=None, wait: float = 10.0) -> None:
    """Keep the index up to date as articles change (`index.watch`), saying so."""
    import time

    from index.watch import follow, watched

    targets = watched(directory, paths)
    if not targets:
        _echo("Error: nothing to watch; give the folders or files to follow", err=True)
        sys.exit(ERROR_EXIT)
    if stop is None:
        _echo(f"Watching {', '.join(shown(t) for t in targets)} (Ctrl-C to stop)", err=True)

    def updated(report) -> None:
        for problem in report.skipped:
            _echo(f"Warning: skipped {problem}", err=True)
        _echo(f"{time.strftime('%H:%M:%S')} {report.summary()}", err=stop is not None)

    follow(directory, paths, on_update=updated, stop=stop, wait=max(wait, 1.0), notify=_tell)
    if stop is None:
        _echo("Stopped watching.", err=True)


def _tell(message: str) -> None:
    _echo(message, err=True)


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--kind", type=click.Choice(["person", "organisation", "outlet"]), help="Only this kind."
)
@click.option("--outlet", help="Count only this outlet's articles.")
@click.option(
    "--merge",
    nargs=2,
    metavar="A B",
    help="Keep that A and B are one speaker (a correction, kept beside the index).",
)
@click.option(
    "--split",
    nargs=2,
    metavar="A B",
    help="Keep that A and B are two speakers, however alike their names.",
)
@text_or_json
@pass_index
@reports_errors
def speakers(
    index_dir: str | None,
    name: str | None,
    kind: str | None,
    outlet: str | None,
    merge: tuple[str, str] | None,
    split: tuple[str, str] | None,
    fmt: str,
) -> None:
    """Every speaker, most quoted first, with paragraph count, sources and the other names
    they are indexed under; NAME keeps those with a name that has words beginning so
    (sitat speakers stol).

    \b
    Corrections of who is who, kept in INDEX.corrections.json and used at once:
        sitat speakers --merge Støre "Jonas Gahr Støre"
        sitat speakers --split "Erik Solheim" "Erik Solheim (SV)"
    """
    from .api import Searcher
    from .render import speakers_json, speakers_text

    with Searcher(index_dir, notify=_tell) as searcher:
        if merge or split:
            _link_speakers(searcher, *(merge or split or ("", "")), same=bool(merge))
            return
        found = searcher.speakers(name=name, kind=kind, outlet=outlet)
    _echo(speakers_json(found) if fmt == "json" else speakers_text(found))


def _link_speakers(searcher, a: str, b: str, same: bool) -> None:
    from index.corrections import link

    first, second = searcher.speaker_named(a), searcher.speaker_named(b)
    if first == second:
        _echo(f"Error: «{a}» and «{b}» are the same name", err=True)
        sys.exit(ERROR_EXIT)
    kept_in = link(searcher.index_dir, first, second, same)
    [now] = [s for s in searcher.speakers() if first in s.variants]
    if same:
        said = f"«{first}» and «{second}» are one speaker, shown as «{now.name}»"
    else:
        said = f"«{first}» and «{second}» are two speakers"
    _echo(f"{said}; kept in {shown(kept_in)}")


@cli.command()
@click.argument("query", nargs=-1)
@click.option("--speaker", help="Only this person's quotes (full name or surname).")
@click.option("--outlet", help="Only quotes from this outlet's articles.")
@click.option("--date", help="Only articles of this date: 2019, 2019-03, 2019-03-12, 2019..2020.")
@click.option(
    "--kind",
    type=click.Choice(["direct", "indirect"]),
    help="Only the speakers' own words (direct, partial quotes included) or paraphrase.",
)
@output_format(
    "json",
    "jsonl",
    "csv",
    help="Readable text; JSON, one JSON quote a line, or CSV for programs and spreadsheets.",
)
@pass_index
@reports_errors
def quotes(
    index_dir: str | None,
    query: tuple[str, ...],
    speaker: str | None,
    outlet: str | None,
    date: str | None,
    kind: str | None,
    fmt: str,
) -> None:
    """Every quote in article order, with who said it, to whom, and where it was published;
    of the paragraphs matching QUERY (the search language), when given.

    \b
    Examples:
        sitat quotes --speaker Putin
        sitat quotes Aleppo --kind direct --format csv > aleppo.csv
    """
    from .api import Searcher
    from .render import quotes_csv, quotes_json, quotes_jsonl, quotes_text

    render = {"json": quotes_json, "jsonl": quotes_jsonl, "csv": quotes_csv}.get(
        fmt, partial(quotes_text, width=_width())
    )
    with Searcher(index_dir, notify=_tell) as searcher:
        # printed as read, an article at a time: an archive's quotes never sit in memory
        found = searcher.iter_quotes(
            speaker, query=" ".join(query) or None, outlet=outlet, date=date, kind=kind
        )
        count = [0]

        def counted(quotes):
            for quote in quotes:
                count[0] += 1
                yield quote

        for chunk in render(counted(found)):
            _echo(chunk, nl=fmt != "csv")
    if not count[0]:
        _echo(f"No quotes{f' by {speaker}' if speaker else ''}.", err=True)
        sys.exit(NO_HITS_EXIT)


@cli.command()
@text_or_json
@pass_index
@reports_errors
def articles(index_dir: str | None, fmt: str) -> None:
    """Every indexed article: id, date, paragraphs, speakers and file.

    \b
    Example:
        sitat articles --format json
    """
    from .api import Searcher
    from .render import articles_json, articles_text

    with Searcher(index_dir, notify=_tell) as searcher:
        found = searcher.articles()
    _echo(articles_json(found) if fmt == "json" else articles_text(found))


def _typed_article(index_dir: str | None, article_id: str):
    """The indexed article a person typed (id, path or file name), its file and the index
    folder; exit 1 with the searcher's one line when there is none."""
    from .api import ArticleMissing, Searcher

    with Searcher(index_dir, notify=_tell) as searcher:
        try:
            article, path = searcher.article(article_id, typed=True)
        except ArticleMissing as err:
            _echo(f"{err}", err=True)
            sys.exit(NO_HITS_EXIT)
        return article, path, searcher.index_dir


@cli.command()
@click.argument("article_id", metavar="ARTICLE")
@click.argument("paragraph", metavar="¶N")
@click.option(
    "--speaker", "speakers", multiple=True, metavar="NAME", help="Who is quoted (repeat for more)."
)
@click.option(
    "--source", "sources", multiple=True, metavar="OUTLET", help="Credited to (repeat for more)."
)
@click.option("--none", "nobody", is_flag=True, help="Nobody is quoted in the paragraph.")
@pass_index
@reports_errors
def correct(
    index_dir: str | None,
    article_id: str,
    paragraph: str,
    speakers: tuple[str, ...],
    sources: tuple[str, ...],
    nobody: bool,
) -> None:
    """Correct who is quoted in paragraph N of an indexed ARTICLE. The correction is kept
    beside the index (INDEX.corrections.json, plain JSON), applied at once and by every
    rebuild; when the paragraph's text changes, it is reported instead of applied.

    \b
    Examples:
        sitat correct nrk/2016/putin 7 --speaker "Vladimir Putin" --source NRK
        sitat correct nrk/2016/putin 15 --none
    """
    from index.corrections import correct as correct_paragraph

    number = paragraph.lstrip("¶")
    names = tuple(" ".join(s.split()) for s in speakers if s.strip())
    if not number.isdigit() or bool(names) == nobody:
        _echo(
            "Error: give a paragraph number and --speaker NAME (or --none); e.g. "
            f'sitat correct {article_id} 3 --speaker "Ola Nordmann"',
            err=True,
        )
        sys.exit(ERROR_EXIT)
    n = int(number)
    article, path, directory = _typed_article(index_dir, article_id)
    given = tuple(" ".join(s.split()) for s in sources if s.strip()) or None
    done = correct_paragraph(directory, article, n, names, given, path)
    was, now = ", ".join(done.was) or "nobody", ", ".join(names) or "nobody"
    _echo(f"Corrected {shown(article.id)} ¶{n}: {now} (was {was}); kept in {shown(done.kept_in)}")
    for warning in done.warnings:
        _echo(f"Warning: {warning}", err=True)


@cli.command()
@click.argument("article_id", metavar="ARTICLE")
@click.argument("paragraph", metavar="[¶N]", required=False)
@text_or_json
@pass_index
@reports_errors
def show(index_dir: str | None, article_id: str, paragraph: str | None, fmt: str) -> None:
    """Print an indexed ARTICLE with every paragraph's attribution, or only paragraph N, so a
    hit can be read in context.

    \b
    Examples:
        sitat show nrk/2016/putin
        sitat show nrk/2016/putin 23        (or ¶23)
    """
    from .render import shown_article_text, to_json

    n = None
    if paragraph is not None:
        number = paragraph.lstrip("¶")
        if not number.isdigit():
            _echo(
                f"Error: {paragraph!r} is not a paragraph number; "
                f"write e.g. sitat show {article_id} 3",
                err=True,
            )
            sys.exit(ERROR_EXIT)
        n = int(number)
    article, path, _ = _typed_article(index_dir, article_id)
    if n is not None and n >= len(article.paragraphs):
        _echo(f"{article_id} has paragraphs ¶0 to ¶{len(article.paragraphs) - 1}", err=True)
        sys.exit(NO_HITS_EXIT)
    if fmt == "json":
        data = article.to_dict() | {"path": path}
        if n is not None:
            data["paragraphs"] = [data["paragraphs"][n]]
        _echo(to_json(data))
    else:
        _echo(shown_article_text(article, path, n, width=_width()))


@cli.command()
@click.argument("file", required=False)
@text_or_json
@FIELDS_OPTION
@click.option(
    "--explain",
    is_flag=True,
    help="Under each quote: its cue, where the speaker is named, the rule that chose them "
    "(and the candidates passed over) and the confidence.",
)
@pass_index
@reports_errors
def parse(
    index_dir: str | None, file: str | None, fmt: str, fields: str | None, explain: bool
) -> None:
    """Show every paragraph of FILE (default: the bundled article) with its kind, section,
    speakers and sources; corrections made with `sitat correct` to the file's articles in the
    index are applied and marked.

    \b
    Example:
        sitat parse artikkel.txt --format json
        sitat parse artikkel.txt --explain
    """
    from index import default_article_path
    from index.corrections import Book, corrections_path, load
    from index.location import resolve_index
    from index.parse import read_articles
    from index.reading.records import parse_fields

    from .render import article_text, to_json

    path = file or default_article_path()
    found = read_articles(
        path,
        parse_fields(fields),
        warn=lambda line: _echo(f"Warning: skipped {line}", err=True),
    )
    corrections = corrections_path(resolve_index(index_dir)[0])
    book = Book(load(corrections), corrections)
    resolved = os.path.realpath(path)
    for i, article in enumerate(found):
        found[i], stale = book.apply(article, resolved)
        for line in stale:
            _echo(f"Warning: skipped {line}", err=True)
    if fmt == "json":
        data = [a.to_dict() for a in found]
        _echo(to_json(data[0] if len(data) == 1 else data))
    else:
        width = min(100, shutil.get_terminal_size((88, 24)).columns) - 4
        _echo("\n\n".join(article_text(a, width=width, explain=explain) for a in found))


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Where to listen: this machine only, unless another address is given (then a token "
    "is needed to read the page, printed once in its address).",
)
@click.option(
    "--no-token",
    is_flag=True,
    help="Beyond this machine, let anyone who can reach the address read every article.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes answering requests (default: one per core).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option(
    "--corrections",
    "allow_corrections",
    is_flag=True,
    help="Let the article page correct who is quoted (as sitat correct: written beside "
    "the index and applied at once).",
)
@click.option(
    "--watch",
    "watch_paths",
    multiple=True,
    type=click.Path(),
    metavar="PATH",
    help="Keep the index up to date as the articles under PATH change (repeatable).",
)
@pass_index
@reports_errors
def serve(
    index_dir: str | None,
    port: int,
    host: str,
    no_token: bool,
    workers: int | None,
    open_browser: bool,
    allow_corrections: bool,
    watch_paths: tuple[str, ...],
) -> None:
    """A search page, article view, speakers page and JSON API (/api/) in the browser.

    On this machine (the default) only a page whose address names this machine can read it.
    With --host set to an address others reach, a token is made and printed once in the
    page's address; without it nothing is answered (--no-token lets everyone in).

    \b
    Example:
        sitat serve --open
    """
    import secrets
    import socket
    import threading
    import webbrowser

    import numpy  # noqa: F401  (for the bulk scorer's long lists: a server pays it once)
    import uvicorn

    from index.errors import IndexDamaged, IndexMissing

    from .api import Searcher
    from .web import LOOPBACK_HOSTS, SERVE_VARIABLE, create_app

    try:
        with Searcher(index_dir, notify=_tell):  # the default index is built before listening
            pass
    except (IndexMissing, IndexDamaged) as err:
        _echo(f"Warning: {err} (the page says what to run)", err=True)
    stop = threading.Event()
    if watch_paths:
        import index
        from index.location import resolve_index

        directory, _ = resolve_index(index_dir)
        _echo(index.update(watch_paths, index=directory, notify=_tell).summary(), err=True)
        threading.Thread(target=_follow, args=(directory, watch_paths, stop), daemon=True).start()
        _echo(f"Watching {', '.join(shown(p) for p in watch_paths)}", err=True)
    _check_port(host, port)
    loopback = host in ("127.0.0.1", "localhost", "::1")
    token = None if loopback or no_token else secrets.token_urlsafe(24)
    # every correction form carries this key, so no other page can post a correction
    corrections_key = secrets.token_urlsafe(16) if allow_corrections else None
    hosts: tuple[str, ...]
    if loopback:
        shown_host, hosts = "localhost", LOOPBACK_HOSTS
    else:
        shown_host = socket.gethostname() if host in ("0.0.0.0", "::") else host
        hosts = ("*",)  # reached by any of the machine's names; the token keeps strangers out
        _echo(
            f"Warning: serving beyond this machine on {host}: "
            + (
                "anyone who can reach it can read every article in the index (--no-token)"
                if no_token
                else "only with the token in the address below"
            ),
            err=True,
        )
    url = f"http://{shown_host}:{port}/" + (f"?token={token}" if token else "")
    _echo(f"sitat is serving {url} (Ctrl-C to stop)", err=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, [url]).start()
    workers = workers or os.cpu_count() or 1
    try:
        if workers == 1:
            app = create_app(index_dir, hosts=hosts, token=token, corrections_key=corrections_key)
            uvicorn.run(app, host=host, port=port, log_level="warning")
        else:  # each worker process builds the same app from the environment
            import json

            from index.location import resolve_index

            directory, _ = resolve_index(index_dir)
            os.environ[SERVE_VARIABLE] = json.dumps(
                {
                    "index": str(directory),
                    "hosts": list(hosts),
                    "token": token,
                    "corrections_key": corrections_key,
                }
            )
            uvicorn.run(
                "search.web:app_from_environment",
                factory=True,
                workers=workers,
                host=host,
                port=port,
                log_level="warning",
            )
    finally:
        stop.set()


def _check_port(host: str, port: int) -> None:
    """A port another program holds is one line and exit 2, before anything is served."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            taken = err.errno == errno.EADDRINUSE
            _echo(
                f"Error: port {port} on {host} is "
                + (
                    "in use by another program; pass another --port"
                    if taken
                    else f"not available ({err.strerror})"
                ),
                err=True,
            )
            sys.exit(ERROR_EXIT)
