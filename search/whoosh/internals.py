"""What the query layer reads from inside Whoosh, beyond its public API, in one place.

The bulk scorer (`bulk`) reads posting lists whole from a segment's postings file and each
document's field length from its per-document columns; pattern expansion (`expansion`)
reads a wildcard's literal start and its regular expression. Whoosh keeps these behind
private attributes (``_terms``, ``_postfile``, ``_perdoc``, ``_field_B``, ``_btexts``,
``_find_prefix``, ``_get_pattern``). Nothing else in sitat touches them, so a Whoosh upgrade
that moves them (Whoosh-Reloaded is pinned at 2.7.5) is fixed here, and
`tests/test_seams.py` keeps it so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh.reading import TermNotFound


@dataclass(frozen=True)
class PostingsExtent:
    """Where one term's posting list lies in a segment's postings file."""

    postfile: Any  # the segment's open postings file (a StructFile)
    offset: int
    length: int
    max_weight: float
    inlined: bool  # held in the term index itself, not in the postings file


def postings_extent(reader, fieldname: str, text: bytes) -> PostingsExtent | None:
    """The extent of ``text``'s posting list in ``fieldname`` of one segment's reader, or
    None when the segment does not have the term."""
    terms = reader._terms  # the segment's W3TermsReader: the term index and postings file
    try:
        info = terms.term_info(fieldname, text)
    except TermNotFound:
        return None
    if info.is_inlined():
        return PostingsExtent(terms._postfile, 0, 0, info.max_weight(), True)
    offset, length = info.extent()
    return PostingsExtent(terms._postfile, offset, length, info.max_weight(), False)


def length_bytes(reader, fieldname: str) -> bytes | None:
    """Each document's length byte in ``fieldname`` of one segment, from its per-document
    reader (`index.codec`'s, which reads the column once); None when it has none."""
    return reader._perdoc.length_bytes(fieldname)


def field_b(weighting, fieldname: str) -> float:
    """BM25F's length normalisation B for ``fieldname`` (its per-field value, else the
    default)."""
    return weighting._field_B.get(fieldname, weighting.B)


def filter_terms(node, reader) -> list[bytes]:
    """Every term of the index a prefix or range query over a filter field stands for."""
    return list(node._btexts(reader))


def wildcard_parts(node) -> tuple[str, str]:
    """A wildcard query's literal start (what the lexicon is walked from) and the regular
    expression its words must match."""
    return node._find_prefix(node.text), node._get_pattern()
