"""The Whoosh schema: one document per paragraph, one record per article.

Paragraph documents carry the text as Norwegian stems with their ASCII-folded forms beside them
(see `index.analysis`), and the attribution twice: tokenised and folded for searching
("Hollande", "kose" for "Köse"), and exact for filters and facets.

Only text paragraphs have searchable fields: headings and credits are kept (for context and
`sitat parse`-like listings) but can never be a hit, whatever the query.

Article records (``kind`` = "article") hold what an incremental update compares: the content
hash and the path the article was read from. They live in the same index, so a commit changes an
article's paragraphs and its record together or not at all.
"""

from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from .analysis import AsciiFilter, text_analyzer
from .codec import CompactPositions

# Bump when the schema, the analysis or the article ids change: an index of another version
# is rebuilt from the folders and files it was built from.
SCHEMA_VERSION = 14

TEXT_KIND = "text"  # the kind of paragraph that is searched; see index.article.Kind
SEARCHED_KINDS = ("text", "caption")  # paragraph kinds indexed as TEXT_KIND
ARTICLE = "article"  # the kind of an article's record


def names_analyzer():
    """Names and section titles as folded words: 'François Hollande' -> francois, hollande."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | AsciiFilter()


def _text(analyzer, stored: bool = False) -> TEXT:
    """A text field whose positions are stored compactly (see `index.codec`)."""
    field = TEXT(analyzer=analyzer, stored=stored)
    field.format = CompactPositions(field_boost=field.format.field_boost)
    return field


class Field:
    """The schema's field names: the one place they are spelled. Queries, filters, facets
    and stored documents use these, on the index's side and the query layer's."""

    OWNER = "owner"  # the article id on every document: what an update deletes by
    ARTICLE = "article"  # the article id on text paragraphs only: what users search
    N = "n"  # the paragraph's number in its article
    KIND = "kind"  # text | heading | credit (paragraphs) | article (the record)
    DATE = "date"  # ISO 8601, as precise as the article says
    OUTLET = "outlet"  # the publisher
    QUOTE = "quote"  # direct | indirect | none
    LANG = "lang"  # the article's written standard: nb (bokmål) or nn (nynorsk)
    SECTION = "section"
    BODY = "body"  # the paragraph as written, for every kind
    TEXT = "text"  # the paragraph's words, analysed (see index.analysis)
    SPEAKER = "speaker"
    SPEAKER_EXACT = "speaker_exact"
    SPEAKER_KIND = "speaker_kind"  # "person:Name", "outlet:NRK"
    SOURCE = "source"
    SOURCE_EXACT = "source_exact"
    # paragraphs: {"speakers", "sources", "quotes"};
    # records: {"date", "title", "outlet", "url", "authors", "agency", "paragraphs",
    # "speakers", "kinds" (speaker -> kind), "lang", "file_hash"}
    ATTRIBUTION = "attribution"
    CONTENT_HASH = "content_hash"
    PATH = "path"
    ROOT = "root"


# A name field and its exact twin (for filters and facets): speaker -> speaker_exact.
EXACT_NAMES = {Field.SPEAKER: Field.SPEAKER_EXACT, Field.SOURCE: Field.SOURCE_EXACT}


def build_schema() -> Schema:
    return Schema(
        **{
            Field.OWNER: ID(stored=True),
            Field.ARTICLE: ID(stored=True),
            Field.N: STORED,
            Field.KIND: ID(stored=True),
            Field.DATE: ID(stored=True),
            Field.OUTLET: ID(stored=True),
            Field.QUOTE: ID(stored=True),
            Field.LANG: ID(stored=True),
            Field.SECTION: _text(names_analyzer(), stored=True),
            Field.BODY: STORED,
            Field.TEXT: _text(text_analyzer()),
            Field.SPEAKER: _text(names_analyzer()),
            Field.SPEAKER_EXACT: KEYWORD(commas=True, scorable=False),
            Field.SPEAKER_KIND: KEYWORD(commas=True, scorable=False),
            Field.SOURCE: _text(names_analyzer()),
            Field.SOURCE_EXACT: KEYWORD(commas=True, scorable=False),
            Field.ATTRIBUTION: STORED,
            Field.CONTENT_HASH: ID(stored=True),
            Field.PATH: STORED,
            Field.ROOT: ID(stored=True),
        }
    )
