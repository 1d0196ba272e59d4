"""How results look: JSON for programs, plain wrapped text for people."""

from __future__ import annotations

import json
import textwrap

from index.article import Article, Paragraph

INDENT = "    "


def article_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=1)


def article_text(article: Article, width: int = 88) -> str:
    """Every paragraph with its number, kind and attribution; headings open their section."""
    lines = [f"{article.id}  {article.date or 'undated'}  {len(article.paragraphs)} paragraphs"]
    for p in article.paragraphs:
        if p.kind == "heading":
            lines += ["", f"## {p.text}  (¶{p.n})"]
            continue
        lines.append(paragraph_label(p))
        lines += textwrap.wrap(p.text, width=width, initial_indent=INDENT, subsequent_indent=INDENT)
    return "\n".join(lines)


def paragraph_label(p: Paragraph) -> str:
    parts = [f"¶{p.n}", p.kind]
    if p.quote != "none":
        parts.append(p.quote)
    if p.speakers:
        parts.append("speakers: " + ", ".join(p.speakers))
    if p.sources:
        parts.append("sources: " + ", ".join(p.sources))
    return "  ".join(parts)
