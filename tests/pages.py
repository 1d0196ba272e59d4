"""Saved news pages made from real article text, in the markup of six Norwegian news sites.

There is no internet here, so the pages of `tests/data/pages/` are templates of how each site
marks up an article (see the README there for where each came from), filled with the text of
real NorQuAD articles (CC0, `tests/data/norquad/`): the lede where the site puts its lede,
paragraphs and sub-headings in the site's body markup, a photo caption and its credit in the
site's figure, "LES OGSÅ" lines in the site's related-article box. Around them is what a saved
page has: navigation, share buttons, ads, comments, related and most-read lists, scripts and
styles, none of which may reach the article's text.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from string import Template

from index.parse import layout
from index.reading.furniture import furniture
from index.reading.text import read_text

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Site:
    name: str
    outlet: str
    paragraph: str
    heading: str
    figure: str
    related: str


SITES = {
    "nrk": Site(
        "nrk",
        "NRK",
        "<p>{}</p>",
        "<h2>{}</h2>",
        '<figure class="image image-landscape"><img src="https://gfx.nrk.no/x.jpg" alt="">'
        '<figcaption class="caption"><span class="caption-text">{caption}</span> '
        '<span class="credit">{credit}</span></figcaption></figure>',
        '<aside class="reference reference-article"><a class="autonomous lp_link" '
        'href="https://www.nrk.no/sport/1.14600002"><span class="reference-label">Les også'
        '</span> <span class="reference-title">{}</span></a></aside>',
    ),
    "vg": Site(
        "vg",
        "VG",
        '<p class="paragraph">{}</p>',
        '<h2 class="subtitle">{}</h2>',
        '<figure class="image"><img src="https://akamai.vgc.no/x.jpg" alt="">'
        '<figcaption><span class="caption-text">{caption}</span> '
        '<span class="photographer">{credit}</span></figcaption></figure>',
        '<div class="article-teaser-inline"><a href="https://www.vg.no/sport/a/Qx1/sak">'
        "<strong>LES OGSÅ:</strong> {}</a></div>",
    ),
    "aftenposten": Site(
        "aftenposten",
        "Aftenposten",
        '<p class="paragraph">{}</p>',
        '<h2 class="subheading">{}</h2>',
        '<figure class="image"><img src="https://ap.mnocdn.no/x.jpg" alt="">'
        '<figcaption class="caption">{caption} <span class="byline">{credit}</span>'
        "</figcaption></figure>",
        '<aside class="inline-teaser"><a href="https://www.aftenposten.no/sport/i/Rt2/sak">'
        '<span class="label">Les også</span><h3>{}</h3></a></aside>',
    ),
    "adressa": Site(
        "adressa",
        "Adresseavisen",
        "<p>{}</p>",
        '<h2 class="intertitle">{}</h2>',
        '<figure class="image"><img src="https://g.acdn.no/x.jpg" alt="">'
        '<figcaption><span class="caption">{caption}</span> '
        '<span class="credit">{credit}</span></figcaption></figure>',
        '<div class="related-link"><a href="https://www.adressa.no/sak.ece">LES OGSÅ: {}</a></div>',
    ),
    "bt": Site(
        "bt",
        "Bergens Tidende",
        '<p class="paragraph">{}</p>',
        '<h2 class="subheading">{}</h2>',
        '<figure class="image"><img src="https://smp.vgc.no/x.jpg" alt="">'
        '<figcaption class="caption">{caption} <span class="byline">{credit}</span>'
        "</figcaption></figure>",
        '<aside class="inline-teaser"><a href="https://www.bt.no/sport/i/Pq3/sak">'
        '<span class="label">Les også</span><h3>{}</h3></a></aside>',
    ),
    "altaposten": Site(
        "altaposten",
        "Altaposten",
        "<p>{}</p>",
        '<h2 class="intertitle">{}</h2>',
        '<figure class="image"><img src="https://g.acdn.no/x.jpg" alt="">'
        '<figcaption><span class="caption-text">{caption}</span> '
        '<span class="photographer">{credit}</span></figcaption></figure>',
        '<div class="article-related-link"><a href="https://www.altaposten.no/sak.ece">'
        "LES OGSÅ: {}</a></div>",
    ),
}


@dataclass(frozen=True)
class Page:
    """One fixture: which article in which site's markup, and what the page states."""

    site: str
    article: str  # NorQuAD id of tests/data/norquad/norquad-<id>.txt
    title: str
    published: str  # as the page's metadata writes it
    url: str
    authors: tuple[str, ...] = ()
    credit_first: bool = False  # "FOTO: X" before its caption (SOURCES.md: 302, 613)

    @property
    def outlet(self) -> str:
        return SITES[self.site].outlet

    def text(self) -> str:
        return (DATA / "norquad" / f"norquad-{self.article}.txt").read_text(encoding="utf-8")


# Headlines, months and the addresses of stored copies are those of the dev set's
# SOURCES.md; where no copy was found the address follows the site's pattern and the day and
# time are the event's (marked "pattern" below).
PAGES = (
    Page(
        "nrk",
        "302",
        "Nytt kanonløp fra Warholm – knuste konkurrentene",
        "2019-08-24T22:12:00+02:00",
        # pattern
        "https://www.nrk.no/sport/nytt-kanonlop-fra-warholm-_-knuste-konkurrentene-1.14673402",
        credit_first=True,
    ),
    Page(
        "vg",
        "171",
        "Phil Neville – en gentleman",
        "2019-06-27T08:00:00+02:00",
        "https://www.vg.no/sport/fotball/i/9vW2Rj/phil-neville-en-gentleman",  # pattern
    ),
    Page(
        "aftenposten",
        "613",
        "Tre angrepsspillere ferdig i Rosenborg",
        "2019-12-02T11:42:00+01:00",
        # pattern
        "https://www.aftenposten.no/sport/i/Vb6dlw/tre-angrepsspillere-ferdig-i-rosenborg",
        credit_first=True,
    ),
    Page(
        "adressa",
        "255",
        "Sprekpodden: Denne treningen gjør deg smartere og lykkeligere",
        "2019-02-14T06:00:00+01:00",
        "https://www.adressa.no/100Sport/sprek/Sprekpodden-Denne-treningen-gjor-deg-smartere"
        "-og-lykkeligere-268645b.html",
    ),
    Page(
        "bt",
        "542",
        "Fikk kritikk for å bruke solbriller under VM-sendingen. Nå avslører han hvorfor.",
        "2019-10-02T19:31:00+02:00",
        "https://www.bt.no/sport/i/JoGEm4/fikk-kritikk-for-aa-bruke-solbriller-under-vm"
        "-sendingen-naa-avsloerer-ha",
    ),
    Page(
        "altaposten",
        "150",
        "Guterres advarer mot dramatisk klimakrise",
        "2019-08-26T14:36:00+02:00",
        "https://www.altaposten.no/lokalt/NTB/NTB_utenriks/2019/08/26/Guterres-advarer-mot"
        "-dramatisk-klimakrise-19782759.ece",
        ("NTB",),
    ),
    Page(
        "altaposten",
        "280",
        "Ni personer evakuert fra tre hus i Gjesdal etter jordras",
        "2019-12-11T09:05:00+01:00",
        "https://www.altaposten.no/lokalt/NTB/NTB_innenriks/2019/12/11/Ni-personer-evakuert"
        "-fra-tre-hus-i-Gjesdal-etter-jordras-20587088.ece",
        ("NTB",),
    ),
)


def render(page: Page) -> str:
    """The page's HTML: the site's template filled with the article."""
    site = SITES[page.site]
    blocks = list(read_text(page.text()).blocks)
    kinds = [kind for kind, _, _ in layout(blocks)]
    captions = _captions(kinds, page.credit_first)
    body: list[str] = []
    figure_top = ""
    byline = list(page.authors)
    for i, block in enumerate(blocks[1:], 1):
        text = html.escape(block.text, quote=False)
        said = furniture(block.text) if kinds[i] == "furniture" else None
        if i in captions.values():
            continue  # shown in its picture's figure
        if kinds[i] == "credit":
            caption = blocks[captions[i]].text if i in captions else ""
            shape = _credit_first(site.figure) if page.credit_first else site.figure
            figure = shape.format(caption=html.escape(caption, quote=False), credit=text)
            if i <= 2 and not body:
                figure_top = figure
            else:
                body.append(figure)
        elif kinds[i] == "heading":
            body.append(site.heading.format(text))
        elif said is not None and said.authors:
            byline += said.authors  # a byline belongs in the page's byline
        elif said is not None and block.text.upper().startswith("LES"):
            body.append(site.related.format(html.escape(block.text.split(":", 1)[-1].strip())))
        else:
            body.append(site.paragraph.format(text))
    lede = blocks[0].text
    template = Template((DATA / "pages" / f"{page.site}.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(page.title, quote=False),
        title_attr=html.escape(page.title),
        title_json=_json(page.title),
        lede=html.escape(lede, quote=False),
        lede_attr=html.escape(lede),
        lede_json=_json(lede),
        url=html.escape(page.url),
        published=page.published,
        published_adressa=page.published[:16].replace("T", " "),
        published_shown=_shown_date(page.published),
        authors_html=", ".join(html.escape(a) for a in byline),
        authors_json=",".join(
            json.dumps({"@type": "Person", "name": a}, ensure_ascii=False) for a in byline
        ),
        section_name="Sport",
        image_id="x.jpg",
        article_number=page.article,
        figure_top=figure_top,
        body="\n".join("    " + part for part in body),
    )


def _captions(kinds: list[str], credit_first: bool) -> dict[int, int]:
    """Each credit's caption: the text after it where the article writes the credit first,
    else the text before it (not the lede), else after it."""
    found: dict[int, int] = {}
    used: set[int] = set()
    for i, kind in enumerate(kinds):
        if kind != "credit":
            continue
        after = i + 1 < len(kinds) and kinds[i + 1] == "text"
        if credit_first:
            if after:
                found[i] = i + 1
        elif i - 1 > 0 and kinds[i - 1] == "text" and i - 1 not in used:
            found[i] = i - 1
        elif after:
            found[i] = i + 1
        if i in found:
            used.add(found[i])
    return found


def _credit_first(figure: str) -> str:
    """A site's figure with the credit's element moved before the caption."""
    start = figure.index("<figcaption")
    start = figure.index(">", start) + 1
    end = figure.index("</figcaption>")
    inner = figure[start:end]
    at = inner.rindex("<span", 0, inner.index("{credit}"))
    return figure[:start] + inner[at:] + " " + inner[:at].strip() + figure[end:]


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("</", "<\\/")


def _shown_date(iso: str) -> str:
    day, time = iso[:10], iso[11:16]
    year, month, date = day.split("-")
    return f"{int(date)}.{month}.{year} {time.replace(':', '.')}"
