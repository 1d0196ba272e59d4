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


def build_schema() -> Schema:
    return Schema(
        owner=ID(stored=True),  # the article id on every document: what an update deletes by
        article=ID(stored=True),  # the article id on text paragraphs only: what users search
        n=STORED,
        kind=ID(stored=True),  # text | heading | credit (paragraphs) | article (the record)
        date=ID(stored=True),  # ISO 8601, as precise as the article says
        outlet=ID(stored=True),  # the publisher
        quote=ID(stored=True),
        lang=ID(stored=True),  # the article's written standard: nb (bokmål) or nn (nynorsk)
        section=_text(names_analyzer(), stored=True),
        body=STORED,  # the paragraph as written, for every kind
        text=_text(text_analyzer()),
        speaker=_text(names_analyzer()),
        speaker_exact=KEYWORD(commas=True, scorable=False),
        speaker_kind=KEYWORD(commas=True, scorable=False),  # "person:Name", "outlet:NRK"
        source=_text(names_analyzer()),
        source_exact=KEYWORD(commas=True, scorable=False),
        # paragraphs: {"speakers", "sources", "quotes"};
        # records: {"date", "title", "outlet", "url", "authors", "agency", "paragraphs",
        # "speakers", "kinds" (speaker -> kind), "lang", "file_hash"}
        attribution=STORED,
        content_hash=ID(stored=True),
        path=STORED,
        root=ID(stored=True),
    )
