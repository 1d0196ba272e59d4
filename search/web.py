"""`sitat serve`: a local search page, article view and speakers page, and a JSON API under
/api/, over the same `Searcher` the command line and Python use.

Starlette for the app, Jinja2 for the pages (every piece of article text is escaped by the
templates' autoescaping, never marked safe), htmx for searching as you type (one vendored,
pinned file, so the page works offline). Read-only: nothing here writes the index. Requests
are answered one at a time (async handlers on one event loop), since a Whoosh searcher is not
shared between threads.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from index.analysis import query_forms
from index.errors import IndexDamaged, IndexMissing, SitatError

from . import render
from .api import ArticleMissing, Searcher
from .query import QUOTE_KINDS, QueryError
from .snippets import matched_spans

HERE = Path(__file__).parent
FILTERS = ("speaker", "source", "outlet", "section", "quote", "lang")
PAGE_LIMIT = 20
MAX_LIMIT = 200


def create_app(index: str | Path | None = None) -> Starlette:
    """The web app over the index at ``index`` (default: as `Searcher` chooses)."""
    # A name the template does not know is an error, not an empty string: a renamed field
    # fails the tests instead of vanishing from the page.
    templates = Jinja2Templates(
        env=jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
    )
    opened: dict[str, Searcher] = {}

    def searcher() -> Searcher:
        if "searcher" not in opened:
            opened["searcher"] = Searcher(index)
        return opened["searcher"]

    def page(
        request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def failure(request: Request, err: SitatError) -> Response:
        """A page (or JSON, under /api/) that says what went wrong and what to do."""
        if isinstance(err, IndexMissing | IndexDamaged) and "searcher" in opened:
            opened.pop("searcher").close()  # open it afresh next time
        status = (
            404 if isinstance(err, ArticleMissing) else 400 if isinstance(err, QueryError) else 503
        )
        if isinstance(err, IndexMissing | IndexDamaged):
            message = f"{err} Build it with: sitat index FOLDER"
        else:
            message = str(err)
        if request.url.path.startswith("/api/"):
            return Response(
                render.to_json({"error": message}),
                status_code=status,
                media_type="application/json",
            )
        return page(request, "error.html", {"message": message}, status)

    async def search_page(request: Request) -> Response:
        asked = _asked(request)
        context: dict[str, Any] = {
            "asked": asked,
            "quote_kinds": QUOTE_KINDS,
            "results": None,
            "error": None,
            "facets": {},
        }
        if asked["q"] or asked["date"] or any(asked[f] for f in FILTERS):
            try:
                results = _search(searcher(), asked, facets=True)
            except QueryError as err:
                context["error"] = str(err)
            except SitatError as err:
                return failure(request, err)
            else:
                context["results"] = results
                context["hits"] = [_shown_hit(hit) for hit in results]
                context["facets"] = _facet_links(asked, results.facets)
        return page(request, "search.html", context)

    async def article_page(request: Request) -> Response:
        article_id = request.path_params["article_id"]
        words = request.query_params.get("q", "")
        try:
            article, path = searcher().article(article_id)
        except SitatError as err:
            return failure(request, err)
        forms = {form for word in words.split() for form in query_forms(word.lower())}
        paragraphs = [
            (p, _marked(p.text, matched_spans(p.text, forms)) if forms else [(p.text, False)])
            for p in article.paragraphs
        ]
        return page(
            request,
            "article.html",
            {"article": article, "path": path, "paragraphs": paragraphs, "words": words},
        )

    async def speakers_page(request: Request) -> Response:
        try:
            found = searcher().speakers()
        except SitatError as err:
            return failure(request, err)
        return page(request, "speakers.html", {"speakers": found})

    async def quotes_page(request: Request) -> Response:
        speaker = request.query_params.get("speaker") or None
        try:
            found = searcher().quotes(speaker)
        except SitatError as err:
            return failure(request, err)
        return page(request, "quotes.html", {"quotes": found, "speaker": speaker})

    async def api_search(request: Request) -> Response:
        try:
            results = _search(
                searcher(),
                _asked(request),
                facets=request.query_params.get("facets") in ("1", "true"),
            )
        except SitatError as err:
            return failure(request, err)
        return _json(render.results_json(results))

    async def api_speakers(request: Request) -> Response:
        try:
            return _json(render.speakers_json(searcher().speakers()))
        except SitatError as err:
            return failure(request, err)

    async def api_quotes(request: Request) -> Response:
        try:
            found = searcher().quotes(request.query_params.get("speaker") or None)
        except SitatError as err:
            return failure(request, err)
        return _json("".join(render.quotes_json(found)) or "[]")

    async def api_article(request: Request) -> Response:
        try:
            article, _ = searcher().article(request.path_params["article_id"])
        except SitatError as err:
            return failure(request, err)
        return _json(render.article_json(article))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        if "searcher" in opened:
            opened.pop("searcher").close()

    return Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", search_page),
            Route("/article/{article_id:path}", article_page),
            Route("/speakers", speakers_page),
            Route("/quotes", quotes_page),
            Route("/api/search", api_search),
            Route("/api/speakers", api_speakers),
            Route("/api/quotes", api_quotes),
            Route("/api/articles/{article_id:path}", api_article),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ],
    )


def _asked(request: Request) -> dict:
    """The query and filters of a request, as typed (missing ones empty)."""
    params = request.query_params
    asked: dict[str, Any] = {name: params.get(name, "").strip() for name in ("q", "date", *FILTERS)}
    asked["sort"] = "date" if params.get("sort") == "date" else "relevance"
    try:
        asked["limit"] = max(1, min(MAX_LIMIT, int(params.get("limit", PAGE_LIMIT))))
    except ValueError:
        asked["limit"] = PAGE_LIMIT
    return asked


def _search(searcher: Searcher, asked: dict, facets: bool = False):
    if not asked["q"] and not asked["date"] and not any(asked[f] for f in FILTERS):
        raise QueryError("give words to search for, or a filter")
    if asked["quote"] and asked["quote"] not in QUOTE_KINDS:
        raise QueryError(
            f"quote:{asked['quote']} is not a quote kind; use " + ", ".join(QUOTE_KINDS)
        )
    query = asked["q"]
    if asked["date"]:  # 2016, 2016-10 or 2015..2016, as date: in the query
        query = f"({query}) date:{asked['date']}" if query else f"date:{asked['date']}"
    return searcher.search(
        query,
        limit=asked["limit"],
        sort=asked["sort"],
        facets=facets,
        **{f: asked[f] or None for f in FILTERS},
    )


def _facet_links(asked: dict, facets) -> dict[str, list[tuple[str, int, str]]]:
    """Each facet's values with their counts and the URL that filters by them."""
    if facets is None:
        return {}
    return {
        "speakers": [(name, n, _url(asked, speaker=name)) for name, n in facets.speakers],
        "sources": [(name, n, _url(asked, source=name)) for name, n in facets.sources],
        "outlets": [(name, n, _url(asked, outlet=name)) for name, n in facets.outlets],
        "months": [(month, n, _url(asked, date=month)) for month, n in facets.months],
    }


def _url(asked: dict, **changes) -> str:
    """The search page's URL for ``asked`` with ``changes``: what a link or a reload asks."""
    wanted = {**asked, **changes}
    return "/?" + urlencode(
        {
            k: v
            for k, v in wanted.items()
            if v and (k, v) not in (("sort", "relevance"), ("limit", PAGE_LIMIT))
        }
    )


def _marked(text: str, spans) -> list[tuple[str, bool]]:
    """``text`` as (piece, matched) pieces, for a template to escape and mark."""
    pieces, at = [], 0
    for start, end in spans:
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _shown_hit(hit) -> dict:
    return {"hit": hit, "snippet": _marked(hit.snippet, hit.highlights)}


def _json(text: str) -> Response:
    return Response(text, media_type="application/json")
