"""sitat's Whoosh codec: compact posting blocks, and no stat() per posting at commit.

Whoosh's default codec pickles each block of up to 128 postings (a tuple of document-id deltas,
weights and, for text, one pickled position list per posting) and zlib-compresses it. Reading
a block back is a pickle load plus a Python loop to undo the deltas, and every posting's
positions are another pickle. Here a block is packed arrays: document-id deltas and position
deltas as little-endian ``array('I')``, weights as ``array('f')`` (or one value when they are
all the same), each posting's positions as a slice of one array. They are decoded with
``array`` and ``itertools.accumulate``, in C, which is what lets `read_postings` hand a whole
posting list to the bulk scorer (`search.whoosh.bulk`) at a small cost per posting.

It is still a Whoosh index, opened by Whoosh (with sitat installed: the segments name this
codec): the block framing, the term index, the statistics each block carries for skipping,
and every other file are the default codec's. The schema version names the format, so an
index written by the default codec is rebuilt, not misread.

While a commit writes postings, Whoosh asks for each posting's field length; for a field with
no length column (an ID or KEYWORD field) its reader looks for the column file on disk every
time and never remembers that it is not there. Measured on a 300-article build that was a
fifth of the commit. `FastLengthsCodec` remembers.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from itertools import accumulate, chain, repeat
from operator import add, mul

from whoosh import formats
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3PerDocReader,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.matching import ListMatcher
from whoosh.util.numeric import byte_to_length, length_to_byte

# A block's header: postings, last document id, highest weight, whether the data is
# compressed, shortest and longest field length (as Whoosh's length bytes).
_BLOCK_INFO = struct.Struct("<IIfBBB")
_INT = struct.Struct("<i")
_SAME_WEIGHTS, _ONE_WEIGHT, _WEIGHTS = 0, 1, 2  # all 1.0 | one value for all | one each
_COMPRESS_FROM = 64  # bytes of data below which zlib does not pay
_BIG_ENDIAN = sys.byteorder == "big"
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def _packed(typecode: str, values) -> bytes:
    packed = array(typecode, values)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def _unpacked(typecode: str, data) -> array:
    unpacked = array(typecode)
    unpacked.frombytes(data)
    if _BIG_ENDIAN:
        unpacked.byteswap()
    return unpacked


class Analysed(tuple):
    """A field's value analysed beforehand: what a parse worker hands the writer, so that
    the analysis runs on every core and the one writer only writes (`index.workers`). Kept
    compact for the trip between processes (or machines): (words, positions packed as
    ``I``, boosts packed as ``d`` or empty when every one is 1.0)."""

    @classmethod
    def of(cls, tokens) -> Analysed:
        """From (word, position, boost) tokens, in order."""
        words, positions, boosts = [], [], []
        for word, position, boost in tokens:
            words.append(word)
            positions.append(position)
            boosts.append(boost)
        plain = all(b == 1.0 for b in boosts)
        return cls((tuple(words), _packed("I", positions), b"" if plain else _packed("d", boosts)))

    def tokens(self):
        """The (word, position, boost) tokens, in order."""
        words, positions, boosts = self
        weights = _unpacked("d", boosts) if boosts else repeat(1.0)
        return zip(words, _unpacked("I", positions), weights)


class CompactPositions(formats.Positions):
    """Whoosh's positions format with the positions of a posting packed as an array, not a
    pickled list of deltas: the same information, decoded without unpickling. A value that
    is `Analysed` is indexed from its tokens, as the analyzer would have made them."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(value, Analysed):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        positions: dict[str, list[int]] = {}
        weights: dict[str, float] = {}
        for word, position, boost in value.tokens():  # as Positions.word_values counts them
            positions.setdefault(word, []).append(position)
            weights[word] = weights.get(word, 0.0) + boost
        for word, found in positions.items():
            yield (word, len(found), weights[word] * self.field_boost, self.encode(found))

    def encode(self, poslist):
        return _packed("I", poslist)

    def decode_positions(self, valuestring):
        return _unpacked("I", valuestring).tolist()

    def decode_frequency(self, valuestring):
        return len(valuestring) // 4

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost

    def combine(self, vs):
        return self.encode(sorted({p for v in vs for p in self.decode_positions(v)}))


class _RememberingPerDocReader(W3PerDocReader):
    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._columns: dict[str, bool] = {}
        self._length_bytes: dict[str, bytes | None] = {}

    def has_column(self, fieldname):
        known = self._columns.get(fieldname)
        if known is None:
            known = self._columns[fieldname] = super().has_column(fieldname)
        return known

    def length_bytes(self, fieldname: str) -> bytes | None:
        """Every document's length byte in ``fieldname`` (one more, 0, past the last), read
        once; None when the field keeps no lengths."""
        if fieldname not in self._length_bytes:
            column = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            found = None
            if column is not None:
                found = column._dbfile.get(column._basepos, column._count)
                found += bytes(self._doccount + 1 - len(found))
            self._length_bytes[fieldname] = found
        return self._length_bytes[fieldname]

    def doc_field_length(self, docnum, fieldname, default=0):
        # Whoosh's, from the bytes read once: a commit asks this for every posting it writes.
        if docnum > self._doccount:
            raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
        lengths = self.length_bytes(fieldname)
        if lengths is None:
            return default
        found = lengths[docnum]
        return _LENGTH_OF_BYTE[found] if found else None


class FastLengthsCodec(W3Codec):
    """Whoosh's default codec with remembered column lookups (indexes of schema version 10
    and before; kept so that such an index opens to be rebuilt)."""

    def per_document_reader(self, storage, segment):
        return _RememberingPerDocReader(storage, segment)


class CompactCodec(FastLengthsCodec):
    """Compact posting blocks (see the module's docstring)."""

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors, which sitat does not store
            return super().postings_writer(dbfile, byteids)
        return _CompactPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return ListMatcher(
                ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo
            )
        offset, length = terminfo.extent()
        return _CompactLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


def _encode_block(ids, weights, values, fixed_size: int | None) -> bytes:
    """A block's data: id deltas, then weights, then values."""
    parts = [_packed("I", [b - a for a, b in zip([0, *ids], ids)])]
    if all(w == 1.0 for w in weights):
        parts.append(bytes([_SAME_WEIGHTS]))
    elif all(w == weights[0] for w in weights):
        parts.append(bytes([_ONE_WEIGHT]) + _packed("f", [weights[0]]))
    else:
        parts.append(bytes([_WEIGHTS]) + _packed("f", weights))
    if fixed_size is None or fixed_size < 0:
        parts.append(_packed("I", [len(v) for v in values]))
        parts.extend(values)
    elif fixed_size > 0:
        parts.extend(values)
    return b"".join(parts)


class _CompactPostingsWriter(W3PostingsWriter):
    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = _encode_block(
            self._ids, self._weights, self._values, self._format.fixed_value_size()
        )
        compressed = bool(self._compression) and len(data) >= _COMPRESS_FROM
        if compressed:
            data = zlib.compress(data, self._compression)
        info = _BLOCK_INFO.pack(
            len(self._ids),
            self._ids[-1],
            self._maxweight,
            compressed,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        length = len(info) + len(data)
        self._postfile.write(_INT.pack(-length if last else length))
        self._postfile.write(info)
        self._postfile.write(data)
        self._blockcount += 1
        self._new_block()


class Block:
    """One block of postings: its header at once, and when asked (decompressed then) its
    document ids, weights, values and positions."""

    __slots__ = (
        "count",
        "max_id",
        "max_weight",
        "min_length_byte",
        "max_length_byte",
        "_raw",
        "_compressed",
        "_decompressed",
        "_fixed_size",
        "_positions_read",
        "_arrays",
    )

    def __init__(self, info: tuple, data, fixed_size: int | None):
        (
            self.count,
            self.max_id,
            self.max_weight,
            self._compressed,
            self.min_length_byte,
            self.max_length_byte,
        ) = info
        self._raw = data
        self._decompressed: bytes | None = None
        self._fixed_size = fixed_size
        self._positions_read: tuple[list[int], array] | None = None
        self._arrays: tuple | None = None

    @property
    def _data(self) -> bytes:
        if self._decompressed is None:
            self._decompressed = zlib.decompress(self._raw) if self._compressed else self._raw
        return self._decompressed

    def ids(self) -> list[int]:
        return list(accumulate(_unpacked("I", self._data[: 4 * self.count])))

    def weights(self) -> array | None:
        """The weights, or None when every one is 1.0."""
        start = 4 * self.count
        kind = self._data[start]
        if kind == _SAME_WEIGHTS:
            return None
        if kind == _ONE_WEIGHT:
            return array("f", _unpacked("f", self._data[start + 1 : start + 5])) * self.count
        return _unpacked("f", self._data[start + 1 : start + 1 + 4 * self.count])

    def _values_start(self) -> int:
        start = 4 * self.count
        kind = self._data[start]
        return (
            start
            + 1
            + (0 if kind == _SAME_WEIGHTS else 4 if kind == _ONE_WEIGHT else 4 * self.count)
        )

    def values(self) -> tuple:
        fixed = self._fixed_size
        start = self._values_start()
        if fixed == 0:
            return (None,) * self.count
        data = self._data
        if fixed is not None and fixed > 0:
            return tuple(
                data[i : i + fixed] for i in range(start, start + fixed * self.count, fixed)
            )
        lengths = _unpacked("I", data[start : start + 4 * self.count])
        ends = accumulate(lengths, initial=start + 4 * self.count)
        bounds = list(ends)
        return tuple(data[a:b] for a, b in zip(bounds, bounds[1:]))

    def positions(self) -> list[list[int]]:
        """Each posting's positions (a format of `CompactPositions`)."""
        counts, positions = self._positions()
        bounds = list(accumulate(counts, initial=0))
        return [positions[a:b].tolist() for a, b in zip(bounds, bounds[1:])]

    def position_keys(self, ids: list[int], stride: int, shift: int):
        """``doc * stride + position + shift`` for every position of every posting (``ids``
        are the block's document ids; ``stride`` is more than any position plus shift):
        word i of an n-word phrase, shifted by n - 1 - i, has the same key as the last word
        wherever the phrase occurs, so a phrase is a set intersection."""
        counts, positions = self._positions()
        bases = map(add, map(mul, ids, repeat(stride)), repeat(shift))
        return map(add, positions, chain.from_iterable(map(repeat, bases, counts)))

    def max_position(self) -> int:
        return max(self._positions()[1], default=0)

    def posting_ids(self):
        """The document id of each posting, as a NumPy array (int64)."""
        return _id_array(self)

    def id_array(self):
        """The document ids as a NumPy array (int64): one per position once the positions
        were read as arrays (`position_arrays`), else one per posting."""
        return self.position_arrays()[0] if self._arrays is not None else _id_array(self)

    def position_arrays(self):
        """(document, position) of every position of every posting, as two NumPy arrays
        (int64, uint32) decoded from the block's bytes without a Python object per posting.
        NumPy is imported here, when asked: only long posting lists are worth its import."""
        if self._arrays is None:
            import numpy as np

            data, count, start = self._data, self.count, self._values_start()
            ids = _id_array(self)
            counts = np.frombuffer(data, "<u4", count, start) >> 2
            positions = np.frombuffer(data, "<u4", offset=start + 4 * count)
            self._arrays = (np.repeat(ids, counts), positions)
        return self._arrays

    def _positions(self) -> tuple[list[int], array]:
        """Each posting's number of positions, and all the positions, posting after
        posting."""
        if self._positions_read is None:
            start = self._values_start()
            count = self.count
            lengths = _unpacked("I", self._data[start : start + 4 * count])
            self._positions_read = (
                [length >> 2 for length in lengths],
                _unpacked("I", self._data[start + 4 * count :]),
            )
        return self._positions_read


def _id_array(block: Block):
    import numpy as np

    return np.cumsum(np.frombuffer(block._data, "<u4", block.count), dtype=np.int64)


def blocks(postfile, offset: int, length, fixed_size: int | None):
    """The decoded blocks of a posting list written by `CompactCodec`. (``length`` as the
    term info gives it: Whoosh's reads it back as a 1-tuple, which its own matcher never
    notices because it stops at the last block's flag.)"""
    data = postfile.get(offset, length[0] if isinstance(length, tuple) else length)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a posting list")
    at, end = 4, len(data)
    info_size = _BLOCK_INFO.size
    while at < end:
        size = _INT.unpack_from(data, at)[0]
        last, size = size < 0, abs(size)
        info = _BLOCK_INFO.unpack_from(data, at + 4)
        yield Block(info, data[at + 4 + info_size : at + 4 + size], fixed_size)
        at += 4 + size
        if last:
            break


class _CompactLeafMatcher(W3LeafMatcher):
    """Whoosh's block matcher reading compact blocks (for every query the bulk scorer does
    not answer itself)."""

    def _goto(self, position):
        postfile = self._postfile
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        length = _INT.unpack(postfile.get(position, 4))[0]
        self._lastblock = length < 0
        length = abs(length)
        self._nextoffset = position + 4 + length
        info = _BLOCK_INFO.unpack(postfile.get(position + 4, _BLOCK_INFO.size))
        self._info = info
        self._dataoffset = position + 4 + _BLOCK_INFO.size
        self._blocklength, self._maxid, self._maxweight, self._compression, mn, mx = info
        self._minlength = byte_to_length(mn)
        self._maxlength = byte_to_length(mx)

    def _read_data(self):
        raw = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        self._data = Block(self._info, raw, self._fixedsize)

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        self._ids = self._data.ids()

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data.weights()
        self._weights = array("f", [1.0]) * self._blocklength if weights is None else weights

    def _read_values(self):
        if self._data is None:
            self._read_data()
        self._values = self._data.values()
