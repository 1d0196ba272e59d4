"""sitat's compact posting blocks hold exactly what Whoosh's pickled ones held: every posting's
document, weight and positions, read back by Whoosh's own matchers and by `blocks`, across
segments and after a merge."""

from __future__ import annotations

import shutil
import zlib

from hypothesis import given
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from index.analysis import text_analyzer
from index.codec import Block, CompactCodec, CompactPositions, _encode_block, blocks
from index.schema import TEXT_KIND
from index.store import update_index

from .conftest import DATA


@given(
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=128, unique=True),
    st.sampled_from(["ones", "same", "mixed"]),
    st.booleans(),
    st.data(),
)
def test_a_block_decodes_to_what_was_encoded(ids, weights_kind, compressed, data):
    ids = sorted(ids)
    weights = {
        "ones": [1.0] * len(ids),
        "same": [2.5] * len(ids),
        "mixed": [float(i % 7 + 1) for i in range(len(ids))],
    }[weights_kind]
    positions = [
        sorted(data.draw(st.sets(st.integers(0, 70000), min_size=1, max_size=6))) for _ in ids
    ]
    values = [CompactPositions().encode(p) for p in positions]
    raw = _encode_block(ids, weights, values, None)
    info = (len(ids), ids[-1], max(weights), compressed, 1, 1)
    block = Block(info, zlib.compress(raw) if compressed else raw, None)
    assert block.ids() == ids
    decoded = block.weights()
    assert (decoded is None) == all(w == 1.0 for w in weights)
    assert decoded is None or decoded.tolist() == weights
    assert block.positions() == positions
    assert block.values() == tuple(values)
    stride = block.max_position() + 2
    assert stride == max(p for ps in positions for p in ps) + 2
    keys = set(block.position_keys(ids, stride, 1))
    assert keys == {doc * stride + p + 1 for doc, ps in zip(ids, positions) for p in ps}
    # the arrays: one id per position, and one per posting, before and after the positions
    # were read (the array scoring once took the first for the second: a paragraph with a
    # word twice shifted every weight after it)
    assert block.posting_ids().tolist() == ids
    docs, _ = block.position_arrays()
    assert docs.tolist() == [doc for doc, ps in zip(ids, positions) for _ in ps]
    assert block.posting_ids().tolist() == ids


def test_every_posting_is_the_analysis_of_its_paragraph(tmp_path):
    """Each text term's postings, read by Whoosh's matcher and by `blocks`, are exactly the
    positions the analyser gives in each paragraph, in an index of three segments that is
    then merged into one."""
    articles = tmp_path / "artikler"
    articles.mkdir()
    for number in ("148", "150", "171"):
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", articles)
        update_index(tmp_path / "index", [articles])
    ix = whoosh_index.open_dir(str(tmp_path / "index"))
    assert len(ix._segments()) >= 2
    _check_postings(ix)
    ix.writer(codec=CompactCodec()).commit(optimize=True)
    assert len(ix._segments()) == 1
    _check_postings(ix)


def _check_postings(ix) -> None:
    with ix.searcher() as searcher:
        expected: dict[str, dict[int, list[int]]] = {}
        for docnum, fields in searcher.iter_docs():
            if fields.get("kind") != TEXT_KIND:
                continue
            for token in text_analyzer()(fields["body"], positions=True):
                expected.setdefault(token.text, {}).setdefault(docnum, []).append(token.pos)
        assert len(expected) > 300
        format_ = searcher.schema["text"].format
        for reader, offset in searcher.reader().leaf_readers():
            for term in reader.lexicon("text"):
                word = term.decode("utf-8")
                matcher = reader.postings("text", term)
                found = {}
                while matcher.is_active():
                    positions = format_.decode_positions(matcher.value())
                    assert matcher.weight() == len(positions)
                    found[offset + matcher.id()] = positions
                    matcher.next()
                want = {
                    doc: sorted(p)
                    for doc, p in expected[word].items()
                    if offset <= doc < offset + reader.doc_count_all()
                    and not reader.is_deleted(doc - offset)
                }
                assert {
                    d: p for d, p in found.items() if not reader.is_deleted(d - offset)
                } == want, word
                info = reader._terms.term_info("text", term)
                read = [
                    doc
                    for block in blocks(reader._terms._postfile, *info.extent(), None)
                    for doc in block.ids()
                ]
                assert read == sorted(d - offset for d in found)
