"""The main text and title of an HTML news page, by trafilatura.

trafilatura finds the article among navigation, share bars and related-news boxes; what it
keeps can still hold a photo caption or a byline, so its text goes through the same
furniture cleaner as copied text. When it finds no main text, all visible text of the page
is cleaned instead. The day the page says the article was published (its metadata:
`article:published_time`, JSON-LD `datePublished`, a dated URL), when it says one, is the
article's day of writing.
"""
from __future__ import annotations

import codecs
import re
from datetime import date
from typing import NamedTuple

from tomtat.errors import InputError
from tomtat.reading.cleaning import clean_text

#: File name endings read as HTML whatever their content.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# The first bytes of a page that is HTML: a doctype or an <html> tag, after a BOM, blanks
# and comments.
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.IGNORECASE | re.DOTALL)
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)",
                           re.IGNORECASE)
#: How many bytes of the page to search for its declared charset (HTML puts it in <head>).
CHARSET_SCAN_BYTES = 8192


def looks_like_html(source: str, data: bytes) -> bool:
    """True for an .html/.htm file, or content that starts like an HTML document."""
    if source.lower().endswith(HTML_SUFFIXES):
        return True
    return bool(_HTML_START.match(data[:4096]))


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the page's <meta> charset, or None when absent or unknown."""
    match = _META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


#: How trafilatura (htmldate) looks for the page's date: in its metadata and URL only, never
#: in the text (a date the article tells is an event's, not the page's), and the first
#: publication rather than the last edit.
DATE_FROM_METADATA = {"extensive_search": False, "original_date": True}


class Page(NamedTuple):
    """What an HTML page gives: its title, its main text, the day it was published (or None)."""

    title: str | None
    body: str
    written: date | None


def extract_html(html: str, name: str = "input", *, clean: bool = True) -> tuple[str | None, str]:
    """(title, body) of an HTML page's main text (`extract_page` without the date)."""
    title, body, _ = extract_page(html, name, clean=clean)
    return title, body


def extract_page(html: str, name: str = "input", *, clean: bool = True) -> Page:
    """The title, main text and day of publication of an HTML page. InputError when the page
    holds no text.

    `clean`: also run the furniture cleaner over what trafilatura kept.
    """
    import trafilatura  # heavy import (lxml, justext): only when a page is read

    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                          with_metadata=True, date_extraction_params=DATE_FROM_METADATA)
    except Exception:  # trafilatura raises assorted lxml errors on broken markup
        doc = None
    written = _published(getattr(doc, "date", None)) if doc is not None else None
    title, body = _title_and_body(doc, html, name, clean, trafilatura)
    return Page(title, body, written)


def _published(value: str | None) -> date | None:
    """trafilatura's "YYYY-MM-DD" as a date; None when absent or not a day."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _title_and_body(doc, html: str, name: str, clean: bool, trafilatura) -> tuple[str | None, str]:
    """(title, body) of the page from trafilatura's document, else from its visible text."""
    title = _clean_title(getattr(doc, "title", None)) if doc is not None else None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if text.strip():
        text = _with_lead(text, title, getattr(doc, "description", None), html, trafilatura)

    if text.strip():
        if not clean:
            return title, text.strip()
        cleaned_title, body = clean_text(text, title=title)
        if body.strip():
            return cleaned_title, body

    # No main text found: all visible text of the page, cleaned.
    visible = visible_text(html)
    if clean:
        fallback_title, body = clean_text(visible, title=title)
    else:
        fallback_title, body = title, visible.strip()
    if not body.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return fallback_title, body


#: Elements that start a new line in the visible text (so the line-based cleaner sees the
#: page's blocks as lines, as a reader copying the page would get them).
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
              "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
              "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
              "th", "tr", "ul", "label", "button", "option"}
#: Elements whose content is never shown.
HIDDEN_TAGS = ("head", "script", "style", "noscript", "template", "svg", "iframe", "object")


def visible_text(html: str) -> str:
    """All text a browser would show, one block element a line; "" when it cannot be parsed."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*HIDDEN_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return root.text_content()


def _with_lead(text: str, title: str | None, description: str | None, html: str,
               trafilatura) -> str:
    """`text` with the article's lead paragraph put back in front when trafilatura lost it.

    Vietnamese news pages set the lead (sapo) in a <div>/<h2 class="sapo"> of its own, which
    trafilatura often leaves out, and repeat it as the meta description. The description is
    put back only when it is shown on the page (so it is the lead, not a site blurb) and is
    missing from the extracted text.
    """
    lead = " ".join((description or "").split())
    if len(lead.split()) < 8 or _squash(lead) in _squash(text):
        return text
    try:
        visible = trafilatura.html2txt(html) or ""
    except Exception:
        return text
    if _squash(lead) not in _squash(visible):
        return text
    lines = text.split("\n")
    # After the headline when trafilatura kept it as the first line, else first.
    at = 1 if title and _squash(lines[0]) == _squash(title) else 0
    return "\n".join(lines[:at] + [lead] + lines[at:])


def _squash(text: str) -> str:
    """Text without any whitespace, for containment tests across line breaks."""
    return "".join(text.split())


def _clean_title(title: str | None) -> str | None:
    """The page title without surrounding blanks; None when empty."""
    if not title:
        return None
    title = " ".join(title.split())
    return title or None
