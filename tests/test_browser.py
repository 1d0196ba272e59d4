"""The search page in a real browser: Playwright driving Debian's chromium against a real
`sitat serve` process on the seed article's index. Run with `pytest -m browser` (.ci/run
installs chromium when it is missing; `playwright install`, which downloads a browser of
its own, is never used)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.request
from urllib.parse import parse_qs, urlparse

import pytest

from .helpers import copy_real_articles, free_port, sitat_popen

pytestmark = pytest.mark.browser


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("the browser tests need Debian's chromium: apt-get install chromium")
    return found


@pytest.fixture(scope="module")
def server(seed_index):
    yield from serving(seed_index)


@pytest.fixture(scope="module")
def archive_server(tmp_path_factory):
    """The 25 real articles of the tests (NorQuAD, CC0), one of which quotes Jens Stoltenberg."""
    from index.store import update_index

    folder = copy_real_articles(tmp_path_factory.mktemp("artikler"))
    update_index(folder.parent / "ix", [folder])
    yield from serving(folder.parent / "ix")


def serving(index_dir):
    port = free_port()
    process = sitat_popen(
        "--index", str(index_dir), "serve", "--port", str(port), stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=1).read()
            break
        except OSError:
            assert time.monotonic() < deadline, "sitat serve did not answer"
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        opened = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        yield opened
        opened.close()


@pytest.fixture
def page(browser):
    opened = browser.new_page()
    yield opened
    opened.close()


def speakers_of_hits(page) -> list[str]:
    return [item.inner_text() for item in page.locator("li.hit dl.attribution").all()]


def test_typing_a_query_shows_hits_and_puts_it_in_the_url(page, server):
    page.goto(server + "/")
    page.locator("#q").press_sequentially("humanitær hjelp", delay=20)
    page.wait_for_selector("li.hit mark")
    assert page.locator("li.hit").count() >= 1
    page.wait_for_function("() => location.search.includes('q=')")
    assert parse_qs(urlparse(page.url).query)["q"] == ["humanitær hjelp"]


def test_a_speaker_filter_narrows_the_hits(page, server):
    page.goto(server + "/?q=Aleppo")
    page.wait_for_selector("li.hit")
    before = page.locator("li.hit").count()
    page.locator("input[name=speaker]").fill("Putin")
    page.wait_for_function("n => document.querySelectorAll('li.hit').length < n", arg=before)
    found = speakers_of_hits(page)
    assert found and all("Putin" in hit for hit in found)


def test_opening_a_hit_lands_on_its_paragraph(page, server):
    page.goto(server + "/?q=Aleppo")
    link = page.locator("li.hit a.snippet").first
    paragraph = re.search(r"#p(\d+)$", link.get_attribute("href")).group(1)
    link.click()
    page.wait_for_url(re.compile(r"/article/.*#p\d+$"))
    target = page.locator(f"#p{paragraph}")
    assert target.is_visible() and target.locator("mark").count() >= 1
    assert page.evaluate("() => document.querySelector(':target').id") == f"p{paragraph}"
    box = target.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]


def test_a_shared_url_shows_the_same_search(page, server):
    page.goto(server + "/?q=Aleppo&speaker=Erdogan")
    assert page.locator("#q").input_value() == "Aleppo"
    assert page.locator("input[name=speaker]").input_value() == "Erdogan"
    found = speakers_of_hits(page)
    assert found and all("Erdogan" in hit or "Erdoğan" in hit for hit in found)


def test_the_content_security_policy_blocks_nothing_the_page_needs(page, server):
    """Searching as you type, a facet and an article, with the policy on: no script, style or
    request of the page's own is refused (a refusal is a console error)."""
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.goto(server + "/")
    page.locator("#q").press_sequentially("Aleppo", delay=20)
    page.wait_for_selector("li.hit mark")
    # the last of the searches made while typing has answered (an earlier one may land late)
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Aleppo'")
    page.wait_for_load_state("networkidle")
    page.locator("aside.facets a").first.click()
    page.wait_for_function("() => location.search.includes('speaker=')")
    page.locator("li.hit a.snippet").first.click()
    page.wait_for_selector("article.article")
    assert errors == []


def test_a_filter_is_removed_with_a_click(page, server):
    page.goto(server + "/?q=Aleppo")
    page.locator("aside.facets a").first.click()
    page.wait_for_function("() => location.search.includes('speaker=')")
    page.locator("a.chip").first.click()
    page.wait_for_function("() => !location.search.includes('speaker=')")
    assert page.locator("a.chip").count() == 0 and page.locator("li.hit").count() >= 1


def test_the_page_is_in_bokmal_and_nynorsk_or_english_is_chosen_once(page, server):
    page.goto(server + "/?q=Aleppo")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator("header nav").inner_text().split() == ["Søk", "Talere", "Sitater"]
    assert "avsnitt" in page.locator("p.count").inner_text()
    page.locator("footer a[lang=nn]").click()
    page.wait_for_function("() => document.documentElement.lang === 'nn'")
    assert "Talarar" in page.locator("header nav").inner_text()
    page.goto(server + "/speakers")  # the choice is kept
    assert page.locator("h1").inner_text() == "Talarar"
    page.locator("footer a[lang=en]").click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.locator("h1").inner_text() == "Speakers"


def test_an_article_leads_back_to_the_results(page, server):
    page.goto(server + "/")
    page.locator("#q").press_sequentially("Aleppo", delay=20)
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Aleppo'")
    page.wait_for_load_state("networkidle")
    page.locator("input[name=speaker]").fill("Putin")
    page.wait_for_function("() => location.search.includes('speaker=Putin')")
    searched = page.url
    page.locator("li.hit a.snippet").first.click()
    page.wait_for_selector("article.article")
    page.locator("p.back a").click()
    page.wait_for_selector("li.hit")
    assert page.url == searched
    assert page.locator("#q").input_value() == "Aleppo"
    assert page.locator("input[name=speaker]").input_value() == "Putin"


def test_the_address_of_a_search_holds_only_what_was_asked(page, server):
    page.goto(server + "/")
    page.locator("#q").press_sequentially("Aleppo", delay=20)
    page.wait_for_function("() => location.search.includes('q=')")
    page.wait_for_selector("li.hit")
    assert parse_qs(urlparse(page.url).query, keep_blank_values=True) == {"q": ["Aleppo"]}


def test_zero_hits_are_explained(page, server):
    page.goto(server + "/?q=speaker:Nobodyxyz")
    notes = page.locator("#results").inner_text()
    assert "Nobodyxyz" in notes and "Ingen avsnitt passer" in notes


@pytest.mark.parametrize(
    "path", ["/?q=Aleppo", "/article/000_4afb50867eb46622?q=Aleppo", "/speakers", "/quotes"]
)
def test_no_serious_accessibility_violation(page, server, path):
    """axe-core (through axe-playwright-python) on each page: no serious or critical
    violation of WCAG 2.1 A/AA."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    found = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in found.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_a_name_being_typed_is_completed(page, archive_server):
    """Typing "Stolten" on the way to "Stoltenberg" shows his paragraphs (issue 27), not
    "stolt"; the command line does not complete (tests/test_names_first.py)."""
    page.goto(archive_server + "/")
    page.locator("#q").press_sequentially("Stolten", delay=20)
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Stolten'")
    page.wait_for_selector("li.hit mark")
    marked = {m.inner_text() for m in page.locator("li.hit mark").all()}
    assert marked == {"Stoltenberg"}
    assert "«Stolten»: Stoltenberg" in page.locator("#results").inner_text()


def test_a_choice_in_a_list_searches_again(page, server):
    page.goto(server + "/?q=Aleppo")
    page.locator("select[name=sort]").select_option("date")
    page.wait_for_function("() => location.search.includes('sort=date')")
    assert page.locator("li.hit").count() >= 1


@pytest.fixture(scope="module")
def paged_server(tmp_path_factory):
    """The 25 real articles served by uvicorn in this process, twenty speakers to a page, so
    that their 77 speakers take four pages."""
    import threading

    import uvicorn

    from index.store import update_index
    from search import web

    folder = copy_real_articles(tmp_path_factory.mktemp("artikler"))
    update_index(folder.parent / "ix", [folder])
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            web.create_app(folder.parent / "ix"), host="127.0.0.1", port=port, log_level="error"
        )
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(web, "SPEAKERS_PAGE", 20)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(timeout=10)


def names_listed(page) -> list[str]:
    return [
        row.inner_text() for row in page.locator("table.speakers tbody tr td:first-child").all()
    ]


def test_the_speakers_page_filters_as_you_type_and_pages(page, paged_server):
    page.goto(paged_server + "/speakers")
    first = names_listed(page)
    assert len(first) == 20
    page.locator("a[rel=next]").click()
    page.wait_for_function("() => location.search.includes('page=2')")
    second = names_listed(page)
    assert len(second) == 20 and not set(first) & set(second)
    page.goto(paged_server + "/speakers")
    page.locator("input[name=name]").press_sequentially("stol", delay=20)
    page.wait_for_function("() => new URLSearchParams(location.search).get('name') === 'stol'")
    page.wait_for_function("() => document.querySelectorAll('table.speakers tbody tr').length < 20")
    assert names_listed(page) == ["Jens Stoltenberg"]


def test_the_quotes_page_never_puts_a_paraphrase_in_quotation_marks(page, archive_server):
    """Each paraphrase is shown as the article words it, marked as paraphrase, never in <q>
    (which the page shows in «»); own words are in <q>; the pages go on past the first 100."""
    import json

    page.goto(archive_server + "/quotes")
    data = json.loads(urllib.request.urlopen(archive_server + "/api/quotes").read())
    quotes = data["quotes"] if isinstance(data, dict) else data
    items = page.locator("ol.quotes > li").all()
    assert len(items) == 100
    for item, quote in zip(items, quotes):
        if quote["kind"] == "indirect":
            assert "paraphrase" in item.get_attribute("class")
            assert item.locator("q").count() == 0
            assert item.locator(".paraphrase-text").inner_text() == quote["text"]
        else:
            assert item.locator("q").inner_text() == quote["text"]
    assert any(q["kind"] == "indirect" for q in quotes[:100])
    assert page.evaluate("getComputedStyle(document.querySelector('q'), '::before').content") in (
        '"«"',
        "open-quote",
    )
    page.locator("a[rel=next]").click()
    page.wait_for_function("() => location.search.includes('page=2')")
    assert page.locator("ol.quotes").get_attribute("start") == "101"


def test_a_quote_s_citation_is_copied(browser, archive_server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(archive_server + "/quotes?kind=direct")
    button = page.locator("li.own-words button.copy").first
    wanted = button.get_attribute("data-citation")
    button.click()
    page.wait_for_function("() => document.querySelector('button.copy').textContent === 'Kopiert'")
    assert page.evaluate("navigator.clipboard.readText()") == wanted
    assert wanted.startswith("«") and "»" in wanted
    context.close()
