"""Wire files made from real article text: NITF 3.x and NewsML-G2 2.x news items, as the IPTC
specifications lay them out and Norwegian agencies (NTB) deliver them: the headline in
``hedline/hl1`` (NITF) or ``contentMeta/headline`` (NewsML-G2), paragraphs as ``p``, sub-headings
as ``hl2``, a picture's caption and credit in ``media``, the time in ``date.issue/@norm`` or
``contentCreated``, the agency in ``distributor`` or ``provider``."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from index.parse import layout
from index.reading.text import read_text


def nitf_body(text: str) -> str:
    """The article's blocks as NITF ``body.content``."""
    blocks = read_text(text).blocks
    parts = []
    for block, (kind, _, _) in zip(blocks, layout(blocks), strict=True):
        if kind == "heading":
            parts.append(f"<hl2>{escape(block.text)}</hl2>")
        elif kind == "credit":
            parts.append(
                f'<media media-type="image"><media-producer>{escape(block.text)}'
                "</media-producer></media>"
            )
        else:
            parts.append(f"<p>{escape(block.text)}</p>")
    return "\n".join(parts)


def nitf(text: str, *, title: str, issued: str, doc_id: str, byline: str = "NTB") -> str:
    """A whole NITF document. ``issued`` in NITF's compact form: 20190716T101500+0200."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN" change.date="2012-10-01" change.time="19:30">
<head>
  <title>{escape(title)}</title>
  <docdata management-status="usable">
    <doc-id id-string={quoteattr(doc_id)}/>
    <date.issue norm="{issued}"/>
    <urgency ed-urg="4"/>
  </docdata>
  <pubdata type="web" position.section="Utenriks"/>
</head>
<body>
  <body.head>
    <hedline><hl1>{escape(title)}</hl1></hedline>
    <byline>{escape(byline)}</byline>
    <distributor><org>NTB</org></distributor>
  </body.head>
  <body.content>
{nitf_body(text)}
  </body.content>
  <body.end><tagline>(©NTB)</tagline></body.end>
</body>
</nitf>
"""


def newsml_item(text: str, *, title: str, created: str, guid: str) -> str:
    """A NewsML-G2 ``newsItem`` carrying the article as inline NITF."""
    return f"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid={quoteattr(guid)}
    version="1" standard="NewsML-G2" standardversion="2.25" conformance="power">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_30.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:NTB" literal="NTB"/>
    <versionCreated>{created}</versionCreated>
    <firstCreated>{created}</firstCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>{created}</contentCreated>
    <creditline>NTB</creditline>
    <language tag="nb"/>
    <headline>{escape(title)}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
        <body><body.content>
{nitf_body(text)}
        </body.content></body>
      </nitf>
    </inlineXML>
  </contentSet>
</newsItem>"""


def newsml_message(items: list[str]) -> str:
    """Several news items in one NewsML-G2 ``newsMessage``."""
    inner = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2019-12-11T10:00:00+01:00</sent></header>
  <itemSet>
{inner}
  </itemSet>
</newsMessage>
"""
