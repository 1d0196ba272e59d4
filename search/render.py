"""How results look: JSON for programs, plain wrapped text for people."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING

from index.shown import name_shown, printable

if TYPE_CHECKING:  # searching never needs the article model
    from index.article import Article, Paragraph

INDENT = "    "
_STANDARD_NAMES = {"nb": "bokmål", "nn": "nynorsk"}
CONTEXT_INDENT = "  | "


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def to_json(data: object, indent: int | None = 1) -> str:
    """JSON with Norwegian letters as they are and every control character escaped: json
    escapes C0 itself, but leaves DEL, the C1 controls and the line separators raw."""
    import json  # only JSON output needs it

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def article_json(article: Article) -> str:
    return to_json(article.to_dict())


def article_text(article: Article, width: int = 88, explain: bool = False) -> str:
    """What the article says about itself, then every paragraph with its number, kind and
    attribution; headings open their section. ``explain`` adds under each paragraph the
    evidence for each of its quotes (`explanation`)."""
    lines = [
        f"{name_shown(article.id)}  {article.published or 'undated'}  "
        f"{_STANDARD_NAMES[article.lang]}  "
        f"{len(article.paragraphs)} paragraphs"
    ]
    lines += about_lines(article)
    for p in article.paragraphs:
        if p.kind == "heading":
            lines += ["", f"## {p.text}  (¶{p.n})"]
            continue
        lines.append(paragraph_label(p))
        lines += textwrap.wrap(p.text, width=width, initial_indent=INDENT, subsequent_indent=INDENT)
        if explain:
            lines += [
                printable(INDENT + "│ " + line) for q in p.quotes for line in explanation(p.text, q)
            ]
    return "\n".join(lines)


def explanation(text: str, q) -> list[str]:
    """How one quote got its speaker: the quote and who, then the cue, where the speaker is
    named, the rule that chose them and the candidates it passed over."""
    words = q.text if len(q.text) <= 60 else q.text[:57].rstrip() + "…"
    shown = f"«{words}»" if q.kind != "indirect" else f"({words})"
    if q.speaker:
        who = f"{q.speaker}, confidence {q.confidence:.2f}" if q.confidence else q.speaker
    elif q.confidence is not None:
        who = f"nobody: confidence {q.confidence:.2f} is below the threshold"
    else:
        who = "nobody"
    lines = [f"{q.kind} {shown} → {who}"]
    evidence = [f"rule {q.rule or 'none'}"]
    if q.cue:
        evidence.append(f'cue "{text[q.cue[0] : q.cue[1]]}"')
    if q.mention:
        evidence.append(f'named as "{text[q.mention[0] : q.mention[1]]}"')
    if q.source:
        evidence.append(f"source {q.source}")
    lines.append("  " + " · ".join(evidence))
    lines += [f"  passed over: {r}" for r in q.rejected]
    return lines


def about_lines(article) -> list[str]:
    """Headline, outlet, authors, agency and link, each on a line of its own when known."""
    lines = []
    if article.title:
        lines.append(f"title: {article.title}")
    for label, value in (
        ("outlet", article.outlet),
        ("authors", ", ".join(article.authors)),
        ("agency", article.agency),
        ("url", article.url),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return [printable(line) for line in lines]


def paragraph_label(p: Paragraph) -> str:
    parts = [f"¶{p.n}", p.kind]
    if p.quote_kind != "none":
        parts.append(p.quote_kind)
    if p.speakers:
        parts.append("speakers: " + ", ".join(p.speakers))
    if p.sources:
        parts.append("sources: " + ", ".join(p.sources))
    if p.corrected:
        parts.append("(corrected by hand)")
    return "  ".join(parts)


def wrap_marked(text: str, spans, width: int, color: bool, indent: str = "") -> list[str]:
    """Wrap ``text`` to ``width`` and embolden the ``spans`` (character ranges) when coloured.
    Plain output marks nothing: a pipe gets the words exactly as written."""
    import click

    marked = [False] * len(text)
    for start, end in spans:
        for i in range(start, min(end, len(text))):
            marked[i] = color
    lines: list[str] = []
    line: list[str] = []
    length = len(indent)
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if line and length + 1 + len(word) > width:
            lines.append(indent + " ".join(line))
            line, length = [], len(indent)
        pieces: list[tuple[str, bool]] = []
        start = match.start()
        for i, ch in enumerate(word):
            bold = marked[start + i]
            if pieces and pieces[-1][1] == bold:
                pieces[-1] = (pieces[-1][0] + ch, bold)
            else:
                pieces.append((ch, bold))
        line.append("".join(click.style(p, bold=True, fg="yellow") if b else p for p, b in pieces))
        length += len(word) + (1 if len(line) > 1 else 0)
    if line:
        lines.append(indent + " ".join(line))
    return lines


def citation_line(hit) -> str:
    """Where a hit was published: "Headline · Outlet · 2016-10-10", as much as is known
    ("" when nothing is)."""
    return printable(" · ".join(part for part in (hit.title, hit.outlet, hit.date) if part))


def attribution_line(hit) -> str:
    """What a hit is, each part labelled so a speaker is never read as a source:
    "speakers: Vladimir Putin · sources: AFP · section: Paris neste? · 000_4afb… ¶57"."""
    parts = []
    if hit.speakers:
        parts.append("speakers: " + ", ".join(hit.speakers))
    if hit.sources:
        parts.append("sources: " + ", ".join(hit.sources))
    if hit.section:
        parts.append("section: " + hit.section)
    parts.append(f"{name_shown(hit.article)} ¶{hit.n}")
    return printable(" · ".join(parts))  # an id is a file name, which may hold anything


def results_text(results, width: int = 88, color: bool = False) -> str:
    """Each hit's snippet, then two dim lines: headline · outlet · date, and speakers ·
    sources · section · article ¶n."""
    import click

    out = []
    for hit in results.hits:
        before = [p for p in hit.context if p.n < hit.n]
        after = [p for p in hit.context if p.n > hit.n]
        out += _neighbours(before, width, color)
        out += wrap_marked(hit.snippet, hit.highlights, width, color)
        out += _neighbours(after, width, color)
        for line in (citation_line(hit), attribution_line(hit)):
            if line:
                out.append(click.style(INDENT + line, dim=True) if color else INDENT + line)
        out.append("")
    if results.hits:
        about = "" if results.total_exact else "about "
        noun = "paragraph" if results.total == 1 else "paragraphs"
        out.append(f"{len(results.hits)} of {about}{results.total} {noun}")
    return "\n".join(out) + ("\n" if out else "")


def _neighbours(paragraphs, width: int, color: bool) -> list[str]:
    """Paragraphs shown around a hit (``--context``), dim, each opened by its number."""
    import click

    lines = []
    for p in paragraphs:
        wrapped = textwrap.wrap(
            f"¶{p.n} {p.text}",
            width=width,
            initial_indent=CONTEXT_INDENT,
            subsequent_indent=CONTEXT_INDENT,
        )
        lines += [click.style(line, dim=True) if color else line for line in wrapped]
    return lines


CSV_COLUMNS = (
    "article",
    "n",
    "title",
    "outlet",
    "date",
    "url",
    "section",
    "speakers",
    "sources",
    "quote",
    "score",
    "path",
    "text",
    "cite",
)


def results_csv(results) -> str:
    """One row a hit, for spreadsheets: several speakers or sources joined by "; "."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for hit in results.hits:
        writer.writerow(
            [
                hit.article,
                hit.n,
                hit.title or "",
                hit.outlet or "",
                hit.date or "",
                hit.url or "",
                hit.section or "",
                "; ".join(hit.speakers),
                "; ".join(hit.sources),
                hit.quote,
                round(hit.score, 4),
                hit.path or "",
                hit.text,
                hit.cite,
            ]
        )
    return out.getvalue()


def results_json(results) -> str:
    data = {
        "query": results.query,
        "total": results.total,
        "total_exact": results.total_exact,
        "suggestion": results.suggestion,
        "any_word": results.any_word,
        "notes": list(results.notes),
        "hits": [hit.to_dict() for hit in results.hits],
    }
    if results.facets is not None:
        data["facets"] = results.facets.to_dict()
    return to_json(data)


def results_jsonl(results) -> list[str]:
    return [to_json(hit.to_dict(), indent=None) for hit in results.hits]


def speakers_text(found) -> str:
    if not found:
        return "No speakers."
    width = max(len(s.name) for s in found)
    return "\n".join(
        f"{s.name:<{width}}  {s.kind:<12}  {s.paragraphs:>3}"
        + (f"  ({', '.join(s.sources)})" if s.sources else "")
        + (f"  also: {'; '.join(s.variants[1:])}" if len(s.variants) > 1 else "")
        for s in found
    )


def speakers_json(found) -> str:
    return to_json([s.to_dict() for s in found])


def quotes_text(found, width: int = 88) -> Iterator[str]:
    """Each quote as a few lines of text, one string a quote, as they come: the speaker's own
    words in «», a paraphrase without them."""
    for line in found:
        who = line.speaker or "unknown speaker"
        if line.source:
            who += f" (til/ifølge {line.source})"
        out = [printable(f"{name_shown(line.article)} ¶{line.n}  {line.kind}  {who}")]
        published = " · ".join(p for p in (line.title, line.outlet, line.date) if p)
        if published:
            out.append(printable(INDENT + published))
        out += textwrap.wrap(
            f"«{line.text}»" if line.own_words else line.text,
            width=width,
            initial_indent=INDENT,
            subsequent_indent=INDENT,
        )
        yield "\n".join(out)


QUOTE_COLUMNS = (
    "speaker",
    "speaker_kind",
    "source",
    "kind",
    "text",
    "article",
    "n",
    "title",
    "outlet",
    "date",
    "url",
    "section",
)


def quotes_csv(found) -> Iterator[str]:
    """The quotes as CSV, the header first, a row at a time (for spreadsheets)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(QUOTE_COLUMNS)
    for line in found:
        values = line.to_dict()
        writer.writerow(["" if values[c] is None else values[c] for c in QUOTE_COLUMNS])
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    if out.getvalue():
        yield out.getvalue()


def quotes_jsonl(found) -> Iterator[str]:
    return (to_json(line.to_dict(), indent=None) for line in found)


def quotes_json(found) -> Iterator[str]:
    """A JSON array of the quotes, written a quote at a time: "[", each quote, "]"."""
    first = True
    for line in found:
        item = textwrap.indent(to_json(line.to_dict()), " ")
        yield ("[\n" if first else ",\n") + item
        first = False
    if not first:
        yield "]"


def articles_text(found) -> str:
    if not found:
        return "No articles."
    width = max(len(name_shown(a.id)) for a in found)
    return "\n".join(
        printable(
            f"{name_shown(a.id):<{width}}  {a.date or 'undated':<10}  {a.lang}  "
            f"{a.paragraphs:>4} ¶  {a.outlet or '-'}  {a.title or '-'}  "
            f"{', '.join(a.speakers) or '-'}  {name_shown(a.path)}"
        )
        for a in found
    )


def articles_json(found) -> str:
    return to_json([a.to_dict() for a in found])


def shown_article_text(article: Article, path: str | None, n: int | None, width: int = 88) -> str:
    """An indexed article as `sitat parse` shows a file, with where it came from; with ``n``,
    only that paragraph and the heading it is under."""
    where = name_shown(path or "")
    if n is None:
        return article_text(article, width=width) + f"\n\n{where}"
    paragraph = article.paragraphs[n]
    lines = [
        f"{name_shown(article.id)}  {article.published or 'undated'}  "
        f"¶{n} of {len(article.paragraphs)}",
        *about_lines(article),
        where,
    ]
    if paragraph.section:
        lines.append(f"## {paragraph.section}")
    lines.append(paragraph_label(paragraph))
    lines += textwrap.wrap(
        paragraph.text, width=width, initial_indent=INDENT, subsequent_indent=INDENT
    )
    return "\n".join(lines)
