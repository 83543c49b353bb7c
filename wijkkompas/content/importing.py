"""Importing articles: a text, Markdown or HTML file made a structured article with a free slug."""

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from django.utils.text import slugify

MAX_FILE_SIZE = 2 * 1024 * 1024
MAX_INTRO_LENGTH = 600
# Wagtail's Page.title has max_length 255; anything longer is a paragraph, not a title.
MAX_TITLE_LENGTH = 255
MAX_HEADING_LENGTH = 80
MAX_QUESTION_LENGTH = 300
# Shorter paragraphs are too generic to call a later paragraph that starts the same way a copy.
MIN_TEASER_LENGTH = 80
# Two of each: one question or one quoted reply also occurs in ordinary reporting.
MIN_INTERVIEW_QUESTIONS = 2
MIN_INTERVIEW_ANSWERS = 2

KIND_INTERVIEW = "interview"
KIND_ARTICLE = "article"
BLOCK_TYPES = ("heading", "paragraph", "question", "answer", "quote")

TEXT_EXTENSIONS = (".txt",)
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm")

# Elements that hold site chrome or code, never article text.
HTML_STRIPPED_TAGS = ("script", "style", "nav", "footer", "form", "aside", "noscript", "template")
HTML_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HTML_BLOCK_TAGS = (*HTML_HEADING_TAGS, "p", "li", "blockquote", "pre")

_MONTHS = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?"
    r"|aug(?:ustus)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"

# Lines that are website leftovers wherever they stand, even inside a paragraph: copied web
# pages put captions, dates and buttons on their own line next to the text they belong to.
BOILERPLATE_LINES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "Save article" button of news sites with user profiles.
        r"artikel(?:en)? (?:bewaren|opslaan)",
        # The explanation under that button for visitors who are not logged in.
        r"(?:je|u) hebt een account nodig\b.{0,80}",
        # Login prompt of the same sites.
        r"log\s?in of maak een account aan\.?",
        # Comment counter, copied as "Reacties0" or "Reacties (3)".
        r"reacties?\s*\(?\d*\)?",
        # Empty comment section.
        r"plaats als eerste een reactie\.?",
        r"u moet ingelogd zijn om een reactie te (?:kunnen )?plaatsen\.?",
        r"geef (?:je|uw) reactie\.?",
        r"om te kunnen reageren moet (?:je|u) ingelogd zijn\b.*",
        r"lees ook de spelregels\.?",
        # Image credits and captions; the length cap keeps real sentences that start this way.
        r"(?:foto|foto's|afbeelding|beeld|illustratie|fotografie)\s*:.{0,150}",
        # An image's file name, left behind when the image itself was not copied.
        r"[\w .()\-]{1,120}\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic)",
        # Publication date on a line of its own, e.g. "04 december 2018" or "4-12-2018".
        rf"(?:{_WEEKDAYS},?\s+)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}(?:,?\s+\d{{1,2}}[:.]\d{{2}})?",
        r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}",
    )
)

# Paragraphs that are leftovers only when they stand alone; inside hard-wrapped text a line can
# look like these by accident.
BOILERPLATE_PARAGRAPHS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Link-only call to action for a download; the link itself is lost in a text copy.
        r"(?:bekijk|download|lees)\s+(?:hier\s+)?(?:de|het|onze)\s+"
        r"(?:handreiking|rapport|publicatie|brochure|factsheet|pdf|whitepaper)\b[^.!?]{0,100}",
        # Section breadcrumb above the title, e.g. "bestuur en organisatie / Partnerbijdrage".
        r"(?-i:[a-z])[^/.!?]{0,50}\s/\s[^/.!?]{1,50}",
        # Tag list: four or more lowercase words without any punctuation.
        r"(?-i:[a-zà-ÿ0-9+\-]+(?: [a-zà-ÿ0-9+\-]+){3,})",
    )
)

_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_HEADING_END = tuple(".?!:;,…’'\"”")
_OPENING_QUOTES = tuple("‘'“\"")
_CLOSING_QUOTES = tuple("’'”\"")
# A capitalised name word, and the Dutch (and Arabic) particles that sit between name words
# in lowercase, as in "Van der Molen" or "Hicham el Abbas".
_NAME_WORD = r"[A-ZÀ-Þ][\w'’\-]*"
_NAME_PARTICLE = r"(?:van|von|de|der|den|het|ten|ter|te|el|al|la|le|du|da|di|'t|’t)"
_ANSWER = re.compile(
    rf"^(?P<speaker>{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+)*{_NAME_WORD}){{0,3}}):\s*"
    rf"(?P<text>[‘'\"“].*)$",
    re.DOTALL,
)
# Copied interviews sometimes run a question on into its reply ("…? Verboom: ‘…’"); splitting
# them keeps the reply's speaker.
_QUESTION_THEN_ANSWER = re.compile(
    rf"^(?P<question>[^?]{{1,{MAX_QUESTION_LENGTH}}}\?)\s+(?P<answer>.+)$", re.DOTALL
)
# The quotation mark that ends a reply: after the reply's last punctuation, so neither an
# apostrophe ("zo’n") nor a quoted name inside it ("‘Almere verbindt’.") counts.
_CLOSING_QUOTE = re.compile(r"[.!?…,]\s*[’'”\"](?=\s|$)")
# A closing quote followed by a comma marks an attribution ("‘…’, zegt X.") inside the text.
_QUOTE_ATTRIBUTION = re.compile(r"[’'”\"],\s")
_SENTENCE_END = re.compile(r"[.!?…][’'”\"]?(?=\s)")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WHITESPACE = re.compile(r"\s+")


class ArticleImportError(ValueError):
    """An article file that cannot be imported; the message says which file and why, in Dutch."""

    def __init__(self, source_name, problem):
        self.source_name = source_name
        self.problem = problem
        super().__init__(f"{source_name}: {problem}" if source_name else problem)


@dataclass
class Block:
    """One piece of an article's body, in the order it appears."""

    type: str
    text: str
    speaker: str = ""

    def __post_init__(self):
        if self.type not in BLOCK_TYPES:
            raise ValueError(f"Onbekend bloktype {self.type!r}; kies uit {', '.join(BLOCK_TYPES)}.")


@dataclass
class ParsedArticle:
    """An article read from a file, ready to become a draft page.

    `paragraphs` is the body after the title. The intro is taken out of the body, unless it had
    to be shortened: then the full paragraph stays in the body so no text is lost.
    """

    title: str
    intro: str
    paragraphs: list[Block]
    kind: str
    source_name: str = ""
    interviewees: list[str] = field(default_factory=list)
    # The first date the source states (its publication date, as a rule), or None.
    date: datetime.date | None = None


def parse_article_file(path):
    """Read an article file and parse it according to its extension."""
    path = Path(path)
    source_name = path.name
    extension = path.suffix.lower()
    if extension not in (*TEXT_EXTENSIONS, *MARKDOWN_EXTENSIONS, *HTML_EXTENSIONS):
        supported = ", ".join((*TEXT_EXTENSIONS, *MARKDOWN_EXTENSIONS, *HTML_EXTENSIONS))
        raise ArticleImportError(
            source_name,
            f"onbekend bestandstype {extension or '(geen extensie)'}; gebruik {supported}",
        )
    text = _read_text(path, source_name)
    if extension in TEXT_EXTENSIONS:
        article = parse_text(text, source_name)
    elif extension in MARKDOWN_EXTENSIONS:
        article = parse_html(markdown.markdown(text), source_name)
    else:
        article = parse_html(text, source_name)
    # The date line is dropped from the text as a website leftover; the date itself is kept.
    article.date = first_date(text)
    return article


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "januari"),
            ("feb", "februari"),
            ("maart", "mrt"),
            ("apr", "april"),
            ("mei",),
            ("jun", "juni"),
            ("jul", "juli"),
            ("aug", "augustus"),
            ("sep", "sept", "september"),
            ("okt", "oktober"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)


def first_date(text):
    """The first full date written out in `text` ("04 december 2018"), or None."""
    for match in _DATE.finditer(text):
        month = _MONTH_NUMBERS.get(match[2].lower().rstrip("."))
        try:
            return datetime.date(int(match[3]), month, int(match[1]))
        except (TypeError, ValueError):
            continue
    return None


def parse_text(text, source_name=""):
    """Parse plain text: paragraphs separated by blank lines, the first real line is the title."""
    blocks = []
    for chunk in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = _clean_lines(chunk.split("\n"))
        # A title or heading typed directly above its paragraph, without a blank line between.
        while len(lines) > 1 and (not blocks or _looks_like_heading(lines[0])):
            first = lines.pop(0)
            if not _is_boilerplate_paragraph(first):
                blocks.append(Block("paragraph", first))
        blocks.extend(
            Block("paragraph", paragraph)
            for paragraph in _join_lines(lines)
            if not _is_boilerplate_paragraph(paragraph)
        )
    return parse_blocks(blocks, source_name)


def parse_html(html, source_name=""):
    """Parse HTML: headings, paragraphs, list items and block quotes of the article text."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(HTML_STRIPPED_TAGS):
        element.decompose()
    for line_break in soup.find_all("br"):
        line_break.replace_with("\n")
    root = soup.find("article") or soup.find("main") or soup.body or soup

    blocks = []
    title_found = False
    for element in root.find_all(HTML_BLOCK_TAGS):
        # A <p> inside an <li> or <blockquote> is read as part of that outer element.
        if element.find_parent(HTML_BLOCK_TAGS):
            continue
        if element.name == "h1" and not title_found:
            # Whatever stands above the article's own title is site chrome.
            blocks = []
            title_found = True
        text = " ".join(_clean_lines(element.get_text().split("\n")))
        if not text:
            continue
        if element.name in HTML_HEADING_TAGS:
            blocks.append(Block("heading", text))
        elif element.name == "blockquote":
            blocks.append(Block("quote", text))
        elif element.name == "li":
            blocks.append(Block("paragraph", _as_list_item(text)))
        else:
            blocks.append(Block("paragraph", text))
    if not blocks:
        # Text written straight into <div>s or <body>, without paragraph markup.
        return parse_text(root.get_text("\n"), source_name)
    return parse_blocks(blocks, source_name)


def parse_blocks(blocks, source_name=""):
    """Turn raw heading/paragraph/quote blocks into an article.

    Drops boilerplate and duplicates, takes the first block as the title and the first
    paragraph after it as the intro, and recognises the questions and answers of an interview.
    """
    blocks = _deduplicate(
        Block(block.type, _normalise(block.text), block.speaker)
        for block in blocks
        if not _is_boilerplate_paragraph(_normalise(block.text))
    )
    if not blocks:
        raise ArticleImportError(
            source_name, "geen alinea's gevonden na het verwijderen van webrestjes"
        )
    title = blocks[0].text
    if len(title) > MAX_TITLE_LENGTH:
        raise ArticleImportError(
            source_name,
            f"geen titel gevonden: de eerste regel is {len(title)} tekens lang, "
            f"een titel mag hoogstens {MAX_TITLE_LENGTH} tekens hebben",
        )
    body = [classified for block in blocks[1:] for classified in _classify(block)]
    body = _drop_repeated_quotes(_continue_answers(body))
    if not any(block.type != "heading" for block in body):
        raise ArticleImportError(
            source_name, "geen alinea's gevonden na het verwijderen van webrestjes"
        )

    intro = ""
    for index, block in enumerate(body):
        if block.type == "heading":
            continue
        if block.type == "paragraph":
            intro = _shorten(block.text, MAX_INTRO_LENGTH)
            if intro == block.text:
                del body[index]
        break

    questions = sum(block.type == "question" for block in body)
    answers = sum(block.type == "answer" for block in body)
    is_interview = questions >= MIN_INTERVIEW_QUESTIONS and answers >= MIN_INTERVIEW_ANSWERS
    return ParsedArticle(
        title=title,
        intro=intro,
        paragraphs=body,
        kind=KIND_INTERVIEW if is_interview else KIND_ARTICLE,
        source_name=source_name,
        interviewees=list(dict.fromkeys(block.speaker for block in body if block.speaker)),
    )


def _read_text(path, source_name):
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise ArticleImportError(source_name, "bestand bestaat niet") from None
    except OSError as error:
        raise ArticleImportError(source_name, f"kan niet lezen: {error.strerror}") from None
    if len(data) > MAX_FILE_SIZE:
        raise ArticleImportError(source_name, "bestand is groter dan 2 MB")
    if b"\x00" in data:
        raise ArticleImportError(
            source_name, "kan niet lezen: dit is een binair bestand (bevat NUL-bytes), geen tekst"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleImportError(
            source_name, f"kan niet lezen: geen geldige UTF-8 tekst (fout bij byte {error.start})"
        ) from None
    if not text.strip():
        raise ArticleImportError(source_name, "bestand is leeg")
    return text


def _normalise(text):
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _clean_lines(lines):
    """Normalise lines and drop the empty ones and those that are boilerplate anywhere."""
    cleaned = (_normalise(line) for line in lines)
    return [
        line
        for line in cleaned
        if line and not any(pattern.fullmatch(line) for pattern in BOILERPLATE_LINES)
    ]


def _is_boilerplate_paragraph(text):
    patterns = (*BOILERPLATE_LINES, *BOILERPLATE_PARAGRAPHS)
    return not text or any(pattern.fullmatch(text) for pattern in patterns)


def _join_lines(lines):
    """Join hard-wrapped lines into one paragraph, or into one paragraph per list item."""
    paragraphs = []
    for line in lines:
        if _BULLET.match(line):
            paragraphs.append(_as_list_item(line))
        elif paragraphs:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _as_list_item(text):
    return "• " + _BULLET.sub("", text)


def _looks_like_heading(text):
    return (
        len(text) <= MAX_HEADING_LENGTH
        and not text.endswith(_HEADING_END)
        and not _BULLET.match(text)
    )


def _classify(block):
    """Give a paragraph its role; a question run on into its answer becomes two blocks."""
    if block.type != "paragraph":
        return [block]
    text = block.text
    if answer := _ANSWER.match(text):
        return [Block("answer", answer["text"], answer["speaker"])]
    if (run_on := _QUESTION_THEN_ANSWER.match(text)) and _ANSWER.match(run_on["answer"]):
        return [
            *_classify(Block("paragraph", run_on["question"])),
            *_classify(Block("paragraph", run_on["answer"])),
        ]
    if text.endswith("?") and len(text) <= MAX_QUESTION_LENGTH:
        return [Block("question", text)]
    if (
        text.startswith(_OPENING_QUOTES)
        and text.endswith(_CLOSING_QUOTES)
        and not _QUOTE_ATTRIBUTION.search(text[1:-1])
    ):
        return [Block("quote", text)]
    if _looks_like_heading(text):
        return [Block("heading", text)]
    return [block]


def _continue_answers(body):
    """Give the paragraphs of an answer that runs over several paragraphs to its speaker.

    An answer opens with a quotation mark and ends where one closes; the paragraphs in between
    have no speaker of their own. A quote set in between (a pull quote of the web page) stays a
    quote, after the answer.
    """
    result = []
    open_answer = None
    held_quotes = []
    for block in body:
        if open_answer is not None and block.type in ("paragraph", "quote", "heading"):
            if block.type == "quote" and block.text.startswith(_OPENING_QUOTES):
                held_quotes.append(block)
                continue
            open_answer.text += "\n\n" + block.text
            if _CLOSING_QUOTE.search(block.text):
                result.extend(held_quotes)
                open_answer, held_quotes = None, []
            continue
        result.extend(held_quotes)
        held_quotes = []
        open_answer = None
        result.append(block)
        if block.type == "answer" and not _CLOSING_QUOTE.search(block.text):
            open_answer = block
    result.extend(held_quotes)
    return result


def _drop_repeated_quotes(body):
    """Leave out a quote that repeats words of the text (a pull quote), so they appear once."""
    texts = [_unquoted(block.text).casefold() for block in body if block.type != "quote"]
    return [
        block
        for block in body
        if block.type != "quote"
        or not any(_unquoted(block.text).casefold() in text for text in texts)
    ]


def _unquoted(text):
    return text.strip("".join(_OPENING_QUOTES + _CLOSING_QUOTES) + " ")


def _deduplicate(blocks):
    """Keep each paragraph once, at its first place, in its most complete wording.

    Copied web pages repeat the lead: once as a shortened teaser, then in full. Headings may
    repeat legitimately ("Conclusie" in two sections), so they are all kept.
    """
    kept = []
    index_by_key = {}
    previous_key = None
    for block in blocks:
        if block.type == "heading":
            kept.append(block)
            continue
        key = block.text.casefold().rstrip(".…! ")
        if (
            key not in index_by_key
            and previous_key is not None
            and len(previous_key) >= MIN_TEASER_LENGTH
            and key.startswith(previous_key)
        ):
            index_by_key[key] = index_by_key[previous_key]
        if key in index_by_key:
            index = index_by_key[key]
            if len(block.text) > len(kept[index].text):
                kept[index] = block
        else:
            index_by_key[key] = len(kept)
            kept.append(block)
        previous_key = key
    return kept


def _shorten(text, limit):
    """Cut text at the last sentence end within `limit`, or at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    ends = [match.end() for match in _SENTENCE_END.finditer(text, 0, limit + 1)]
    if ends:
        return text[: ends[-1]]
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def free_slug(title, taken, fallback="pagina"):
    """A slug for `title` that is not in `taken` (the slugs of its future siblings), with -2,
    -3… appended when needed; the slug is added to `taken` so a batch can reserve many."""
    # Room for a suffix within Page.slug's 255 characters.
    base = slugify(title)[:240].strip("-") or fallback
    slug, suffix = base, 1
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    taken.add(slug)
    return slug
