"""The Whoosh adapter: everything the query layer asks of Whoosh, the one engine today.

`snapshot` is one generation of a Whoosh index behind the `search.snapshot.Snapshot`
protocol that `search.api` talks to; `query` reads the query language with Whoosh's parser
into sitat's tree (`search.tree`) and compiles the tree back; `bulk` scores whole posting
lists, `expansion` turns prefixes and fuzzy words into the words they stand for, `spelling`
finds did-you-mean words; `internals` holds the only reads of Whoosh's private attributes.
Nothing outside this package and the index's storage modules imports Whoosh
(`tests/test_seams.py`).
"""
