"""`sitat serve`: a local search page, article view and speakers page, and a JSON API under
/api/, over the same `Searcher` the command line and Python use.

Starlette for the app, Jinja2 for the pages (every piece of article text is escaped by the
templates' autoescaping, never marked safe), htmx for searching as you type (one vendored,
pinned file, so the page works offline). Read-only: nothing here writes the index. Handlers
run in Starlette's thread pool, each thread with a searcher of its own (a Whoosh searcher is
not shared between threads), so a slow query holds back no other; `sitat serve` runs a worker
process per core.

Only the user's own browser tab may read it (see `guarded`): on this machine, requests must
name this machine as their Host (so a web page that rebinds its own name to 127.0.0.1 gets
nothing); served beyond it, they must carry the token printed at start. Every response carries
a Content-Security-Policy that allows only the page's own scripts and styles.
"""

from __future__ import annotations

import contextlib
import hmac
import itertools
import re
import threading
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from index.analysis import fold, query_forms
from index.errors import IndexDamaged, IndexMissing, SitatError

from . import render, wording
from .api import ArticleMissing, Searcher
from .query import QUOTE_KINDS, QueryError
from .snippets import matched_spans

HERE = Path(__file__).parent
# The last word of a query, typed with a capital and not a field's value: a name being typed.
_LAST_WORD = re.compile(r"(?:^|[\s(])([A-ZÆØÅ][^\W\d_]{2,})$")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")
TOKEN_COOKIE = "sitat_token"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
FILTERS = ("speaker", "source", "outlet", "section", "quote", "lang")
PAGE_LIMIT = 20
QUOTES_PAGE = 100  # quotes a page (the whole list of 386 articles was 517 KB)
COOKIE_DAYS = 365  # how long the language chosen is remembered
SPEAKERS_PAGE = 100  # speakers a page
# the quotes page's filters: those of `Searcher.iter_quotes` (``query`` is the search language)
QUOTE_PAGE_FILTERS = ("query", "speaker", "outlet", "date", "kind")
SPEAKER_KINDS = ("person", "organisation", "outlet")
MAX_LIMIT = 200


def create_app(
    index: str | Path | None = None,
    *,
    hosts: tuple[str, ...] = LOOPBACK_HOSTS,
    token: str | None = None,
    corrections_key: str | None = None,
) -> Starlette:
    """The web app over the index at ``index`` (default: as `Searcher` chooses), answering
    requests whose Host is one of ``hosts`` ("*" for any) and, with a ``token``, only those
    that carry it (see `guarded`). With a ``corrections_key`` (`sitat serve --corrections`)
    the article page may correct who is quoted; each form carries the key, so no other page
    can post one."""
    # A name the template does not know is an error, not an empty string: a renamed field
    # fails the tests instead of vanishing from the page.
    templates = Jinja2Templates(
        env=jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
    )
    # One Searcher per worker thread: handlers run in Starlette's thread pool, so a slow
    # query never holds the event loop, and a Whoosh searcher is never shared between threads.
    local = threading.local()
    opened: list[Searcher] = []
    lock = threading.Lock()

    def searcher() -> Searcher:
        found = getattr(local, "searcher", None)
        if found is None:
            found = local.searcher = Searcher(index)
            with lock:
                opened.append(found)
        return found

    def forget() -> None:
        """Close this thread's searcher: the index is to be opened afresh next time."""
        found = getattr(local, "searcher", None)
        if found is not None:
            local.searcher = None
            with lock:
                opened.remove(found)
            found.close()

    def page(
        request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        """A page in the language chosen (`search.wording`), which a cookie keeps."""
        asked = request.query_params.get("ui")
        language = _language(request)
        context = context | {
            "_": partial(wording.translate, language=language),
            "said": partial(wording.translate_note, language=language),
            "ui": language,
            "ui_links": [
                (code, name, str(request.url.include_query_params(ui=code)))
                for code, name in wording.LANGUAGES.items()
            ],
        }
        response = templates.TemplateResponse(request, name, context, status_code=status)
        if asked == language:
            response.set_cookie(
                wording.COOKIE, language, max_age=COOKIE_DAYS * 86400, samesite="strict"
            )
        return response

    def failure(request: Request, err: SitatError) -> Response:
        """A page (or JSON, under /api/) that says what went wrong and what to do."""
        if isinstance(err, IndexMissing | IndexDamaged):
            forget()
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

    def search_page(request: Request) -> Response:
        asked = _asked(request)
        context: dict[str, Any] = {
            "asked": asked,
            "quote_kinds": QUOTE_KINDS,
            "results": None,
            "error": None,
            "facets": {},
            "applied": _applied(asked),
            # where an article's "back to the results" leads: this search, as asked
            "back": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        }
        if asked["q"] or asked["date"] or any(asked[f] for f in FILTERS):
            # Typed on the page, the last word may be a name on its way ("Stolten"), unless a
            # space after it says it is done.
            typing = not request.query_params.get("q", "").endswith(" ")
            try:
                results = _search(
                    searcher(), asked, facets=True, typing=typing, language=_language(request)
                )
            except QueryError as err:
                context["error"] = str(err)
            except SitatError as err:
                return failure(request, err)
            else:
                context["results"] = results
                context["hits"] = [_shown_hit(hit) for hit in results]
                context["facets"] = _facet_links(asked, results.facets)
        return page(request, "search.html", context)

    def article_page(request: Request) -> Response:
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
        back = request.query_params.get("back", "")
        if not back.startswith("/") or back.startswith("//"):
            back = ""  # only a page of this server: never a link to elsewhere
        return page(
            request,
            "article.html",
            {
                "article": article,
                "path": path,
                "paragraphs": paragraphs,
                "words": words,
                "back": back,
                "correct_key": corrections_key,
            },
        )

    async def posted_with_key(request: Request) -> dict[str, list[str]] | Response:
        """A correction form's fields, when the server takes corrections and the form carries
        its key; else the response that refuses it."""
        from urllib.parse import parse_qs

        if corrections_key is None:
            return PlainTextResponse("corrections are off (sitat serve --corrections)", 404)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        given = form.get("key", [""])[0]
        if not hmac.compare_digest(given.encode(), corrections_key.encode()):
            return PlainTextResponse("this form is not from this server", 403)
        return form

    async def correct_page(request: Request) -> Response:
        """A correction posted from the article page (`index.corrections.correct`)."""
        from starlette.concurrency import run_in_threadpool

        from index.corrections import CorrectionsError, correct

        form = await posted_with_key(request)
        if isinstance(form, Response):
            return form
        article_id = request.path_params["article_id"]
        try:
            n = int(form.get("n", ["-1"])[0])
        except ValueError:
            n = -1
        speakers = tuple(
            " ".join(name.split())
            for name in form.get("speakers", [""])[0].split(",")
            if name.strip()
        )

        def apply() -> None:
            current = searcher()
            article, path = current.article(article_id)
            correct(current.index_dir, article, n, speakers, None, path)

        try:
            await run_in_threadpool(apply)
        except CorrectionsError as err:
            return page(request, "error.html", {"message": str(err)}, 400)
        except SitatError as err:
            return failure(request, err)
        target = f"/article/{quote(article_id, safe='/')}#p{n}"
        return RedirectResponse(target, status_code=303)

    def speakers_page(request: Request) -> Response:
        params = request.query_params
        asked = {k: params.get(k, "").strip() for k in ("name", "kind", "outlet", "sort")}
        if asked["kind"] not in SPEAKER_KINDS:
            asked["kind"] = ""
        try:
            number = max(1, int(params.get("page", "1")))
        except ValueError:
            number = 1
        try:
            found = searcher().speakers(
                name=asked["name"] or None,
                kind=asked["kind"] or None,
                outlet=asked["outlet"] or None,
            )
        except SitatError as err:
            return failure(request, err)
        if asked["sort"] == "name":
            found.sort(key=lambda s: fold(s.name.lower()))
        shown = found[(number - 1) * SPEAKERS_PAGE : number * SPEAKERS_PAGE]
        chosen = {k: v for k, v in asked.items() if v}

        def at(n: int) -> str:
            return "/speakers?" + urlencode(chosen | {"page": n})

        context = {
            "speakers": shown,
            "asked": asked,
            "kinds": SPEAKER_KINDS,
            "total": len(found),
            "earlier": at(number - 1) if number > 1 else None,
            "later": at(number + 1) if number * SPEAKERS_PAGE < len(found) else None,
            "correct_key": corrections_key,
        }
        return page(request, "speakers.html", context)

    async def link_page(request: Request) -> Response:
        """Two speakers given as one or as two from the speakers page (`index.corrections
        .link`), as `sitat speakers --merge` / ``--split``."""
        from starlette.concurrency import run_in_threadpool

        from index.corrections import CorrectionsError, link

        form = await posted_with_key(request)
        if isinstance(form, Response):
            return form
        a, b = (" ".join(form.get(k, [""])[0].split()) for k in ("a", "b"))
        same = form.get("same", [""])[0] == "1"

        def apply() -> str:
            current = searcher()
            first, second = current.speaker_named(a), current.speaker_named(b)
            if first == second:
                raise CorrectionsError(f"«{a}» and «{b}» are the same name")
            link(current.index_dir, first, second, same)
            return first

        try:
            first = await run_in_threadpool(apply)
        except CorrectionsError as err:
            return page(request, "error.html", {"message": str(err)}, 400)
        except SitatError as err:
            return failure(request, err)
        return RedirectResponse("/speakers?" + urlencode({"name": first}), status_code=303)

    def quotes_page(request: Request) -> Response:
        """The quotes in article order, filtered as `sitat quotes` filters them, a page at a
        time."""
        params = request.query_params
        asked = {k: params.get(k, "").strip() for k in QUOTE_PAGE_FILTERS}
        if asked["kind"] not in ("direct", "indirect"):
            asked["kind"] = ""
        try:
            number = max(1, int(params.get("page", "1")))
        except ValueError:
            number = 1
        error = None
        shown: list = []
        try:
            found = searcher().iter_quotes(**{k: v or None for k, v in asked.items()})
            # a page at a time: one more than shown says whether there is a next page
            shown = list(
                itertools.islice(found, (number - 1) * QUOTES_PAGE, number * QUOTES_PAGE + 1)
            )
        except QueryError as err:
            error = str(err)
        except SitatError as err:
            return failure(request, err)
        context = {
            "quotes": shown[:QUOTES_PAGE],
            "asked": asked,
            "error": error,
            "page": number,
            "earlier": _quotes_url(asked, number - 1) if number > 1 else None,
            "later": _quotes_url(asked, number + 1) if len(shown) > QUOTES_PAGE else None,
        }
        return page(request, "quotes.html", context)

    def api_search(request: Request) -> Response:
        try:
            results = _search(
                searcher(),
                _asked(request),
                facets=request.query_params.get("facets") in ("1", "true"),
            )
        except SitatError as err:
            return failure(request, err)
        return _json(render.results_json(results))

    def api_speakers(request: Request) -> Response:
        try:
            return _json(render.speakers_json(searcher().speakers()))
        except SitatError as err:
            return failure(request, err)

    def api_quotes(request: Request) -> Response:
        try:
            found = searcher().quotes(request.query_params.get("speaker") or None)
        except SitatError as err:
            return failure(request, err)
        return _json("".join(render.quotes_json(found)) or "[]")

    def api_article(request: Request) -> Response:
        try:
            article, _ = searcher().article(request.path_params["article_id"])
        except SitatError as err:
            return failure(request, err)
        return _json(render.article_json(article))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        with lock:
            for each in opened:
                each.close()
            opened.clear()

    return Starlette(
        lifespan=lifespan,
        middleware=[
            Middleware(Guarded, token=token),
            Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts)),
        ],
        routes=[
            Route("/", search_page),
            Route("/favicon.ico", lambda request: RedirectResponse("/static/favicon.svg", 301)),
            Route("/article/{article_id:anything}", article_page),
            Route("/correct/{article_id:anything}", correct_page, methods=["POST"]),
            Route("/speakers", speakers_page),
            Route("/speakers/link", link_page, methods=["POST"]),
            Route("/quotes", quotes_page),
            Route("/api/search", api_search),
            Route("/api/speakers", api_speakers),
            Route("/api/quotes", api_quotes),
            Route("/api/articles/{article_id:anything}", api_article),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ],
    )


class Anything(Convertor):
    """An article id in a URL, whatever characters its file name has: Starlette's ``path``
    stops at a line feed, so a file named with one had a link that led nowhere."""

    regex = "(?s:.*)"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("anything", Anything())

SERVE_VARIABLE = "SITAT_SERVE"  # how `sitat serve` hands its settings to worker processes


def app_from_environment() -> Starlette:
    """The app `sitat serve` describes in ``$SITAT_SERVE`` (index, hosts, token): what each of
    uvicorn's worker processes builds for itself."""
    import json
    import os

    settings = json.loads(os.environ[SERVE_VARIABLE])
    return create_app(
        settings["index"],
        hosts=tuple(settings["hosts"]),
        token=settings.get("token"),
        corrections_key=settings.get("corrections_key"),
    )


class Guarded:
    """Security headers on every response, and with a token, only requests that carry it: as
    ``?token=`` once (answered with a cookie and a redirect to the same page without it), then
    as that cookie (HttpOnly, SameSite=Strict). Pure ASGI, so it also covers the static files."""

    def __init__(self, app, token: str | None = None) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.token is not None:
            request = Request(scope)
            given = request.query_params.get("token")
            if given is not None and _same(given, self.token):
                url = request.url.remove_query_params("token")
                response: Response = RedirectResponse(str(url), status_code=303)
                response.set_cookie(
                    TOKEN_COOKIE, self.token, httponly=True, samesite="strict", path="/"
                )
                await self._send(response, scope, receive, send)
                return
            if not _same(request.cookies.get(TOKEN_COOKIE, ""), self.token):
                response = PlainTextResponse(
                    "sitat needs its token: open the address sitat serve printed", 403
                )
                await self._send(response, scope, receive, send)
                return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                ]
            await send(message)

        await self.app(scope, receive, with_headers)

    @staticmethod
    async def _send(response: Response, scope, receive, send) -> None:
        response.headers.update(SECURITY_HEADERS)
        await response(scope, receive, send)


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


def _quotes_url(asked: dict, number: int) -> str:
    wanted = asked | {"page": str(number) if number > 1 else ""}
    return "/quotes?" + urlencode({k: v for k, v in wanted.items() if v})


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


def _language(request: Request) -> str:
    """The page's language: asked in the URL (?ui=nn), kept in the cookie, else bokmål."""
    return wording.chosen(request.query_params.get("ui"), request.cookies.get(wording.COOKIE))


def _search(
    searcher: Searcher,
    asked: dict,
    facets: bool = False,
    typing: bool = False,
    language: str = "en",
):
    if not asked["q"] and not asked["date"] and not any(asked[f] for f in FILTERS):
        raise QueryError("give words to search for, or a filter")
    if asked["quote"] and asked["quote"] not in QUOTE_KINDS:
        raise QueryError(
            f"quote:{asked['quote']} is not a quote kind; use " + ", ".join(QUOTE_KINDS)
        )
    query, completed = asked["q"], []
    last = _LAST_WORD.search(query) if typing else None
    if last and query.count('"') % 2 == 0:
        completed = searcher.complete_name(last.group(1))
        if completed:
            query = query[: last.start(1)] + "(" + " OR ".join(completed) + ")"
    if asked["date"]:  # 2016, 2016-10 or 2015..2016, as date: in the query
        query = f"({query}) date:{asked['date']}" if query else f"date:{asked['date']}"
    results = searcher.search(
        query,
        limit=asked["limit"],
        sort=asked["sort"],
        facets=facets,
        **{f: asked[f] or None for f in FILTERS},
    )
    if completed:
        typed = last.group(1) if last else ""
        begin = wording.translate("Names that begin with", language)
        note = f"{begin} «{typed}»: {', '.join(completed)}."
        results = replace(results, notes=(note, *results.notes))
    return results


CHIP_LABELS = {
    "speaker": "Speaker",
    "source": "Source",
    "outlet": "Outlet",
    "section": "Section",
    "quote": "Quote",
    "lang": "Written in",
    "date": "Date",
}


def _applied(asked: dict) -> list[tuple[str, str, str]]:
    """Each filter in force as (label, value, the URL without it): a chip to remove it."""
    return [
        (label, asked[name], _url(asked, **{name: ""}))
        for name, label in CHIP_LABELS.items()
        if asked.get(name)
    ]


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
