"""Import article and interview files (text, Markdown, HTML) as draft pages for editors to finish."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils.html import escape

from articles.models import ArticleIndexPage, ArticlePage, InterviewIndexPage, InterviewPage
from wijkkompas.content.importing import (
    KIND_INTERVIEW,
    ArticleImportError,
    free_slug,
    parse_article_file,
)
from wijkkompas.content.site_tree import ensure_site_tree

# The longest text a heading block accepts; a longer "heading" is kept whole as a paragraph.
MAX_HEADING_LENGTH = 120


# How the dry run names each kind of block.
BLOCK_LABELS = {
    "heading": "kop",
    "paragraph": "alinea",
    "question": "vraag",
    "answer": "antwoord",
    "quote": "citaat",
}
PREVIEW_LENGTH = 90


def paragraphs_html(text, speaker=""):
    """One <p> per paragraph; in an article, an answer keeps who gave it in front."""
    parts = text.split("\n\n")
    if speaker:
        parts[0] = f"<b>{escape(speaker)}:</b> {escape(parts[0])}"
        return "".join([f"<p>{parts[0]}</p>", *(f"<p>{escape(part)}</p>" for part in parts[1:])])
    return "".join(f"<p>{escape(part)}</p>" for part in parts)


def paragraph_block(text, speaker=""):
    return {"type": "paragraph", "value": paragraphs_html(text, speaker)}


def heading_block(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def quote_block(text):
    return {"type": "quote", "value": {"quote": text, "attribution": ""}}


def interview_body(blocks):
    body = []
    for block in blocks:
        if block.type == "question":
            body.append({"type": "question", "value": {"question": block.text}})
        elif block.type == "answer":
            answer = {"speaker": block.speaker, "answer": paragraphs_html(block.text)}
            body.append({"type": "answer", "value": answer})
        elif block.type == "quote":
            body.append(quote_block(block.text))
        elif block.type == "heading" and len(block.text) <= MAX_HEADING_LENGTH:
            body.append(heading_block(block.text))
        else:
            body.append(paragraph_block(block.text))
    return body


def article_body(blocks):
    body = []
    for block in blocks:
        if block.type == "heading" and len(block.text) <= MAX_HEADING_LENGTH:
            body.append(heading_block(block.text))
        elif block.type == "quote":
            body.append(quote_block(block.text))
        else:
            # An article has no question-and-answer blocks: a lone question is running text,
            # and a quoted reply keeps who said it ("Van der Molen: ‘…’").
            body.append(paragraph_block(block.text, block.speaker))
    return body


class Command(BaseCommand):
    help = (
        "Importeert artikelen en interviews uit tekst-, Markdown- of HTML-bestanden als "
        "concepten. Eerst worden alle bestanden gelezen; is er één onbruikbaar, dan wordt niets "
        "aangemaakt."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="BESTAND")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Alleen lezen en laten zien wat er zou worden aangemaakt.",
        )

    def handle(self, *args, files, dry_run=False, **options):
        articles = self.parse_all(files)
        if dry_run:
            for path, article in articles:
                self.stdout.write(f"Zou aanmaken: {self.describe(article)} (uit {path})")
                self.show(article)
            self.stdout.write(f"Proefdraai: {len(articles)} bestand(en) gelezen, niets opgeslagen.")
            return

        tree = ensure_site_tree()
        # Slugs already used under each parent, so the files of one run get distinct slugs too.
        self.taken_slugs = {}
        with transaction.atomic():
            pages = [(article, self.create_draft(article, tree)) for _, article in articles]
        for article, page in pages:
            edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
            self.stdout.write(f"Concept aangemaakt: {self.describe(article)} → {edit_url}")
        interviews = sum(isinstance(page, InterviewPage) for _, page in pages)
        self.stdout.write(
            self.style.SUCCESS(
                f"Totaal: {len(pages)} concept(en) aangemaakt, {interviews} interview(s) en "
                f"{len(pages) - interviews} artikel(en). Niets is gepubliceerd."
            )
        )

    def parse_all(self, files):
        """Parse every file before anything is saved, and report every broken file at once."""
        articles, problems = [], []
        for path in files:
            try:
                articles.append((path, parse_article_file(path)))
            except ArticleImportError as error:
                problems.append(f"  {path}: {error.problem}")
        if problems:
            raise CommandError(
                "Niets geïmporteerd: deze bestanden kunnen niet worden gelezen:\n"
                + "\n".join(problems)
            )
        return articles

    def describe(self, article):
        if article.kind == KIND_INTERVIEW:
            exchanges = sum(block.type in ("question", "answer") for block in article.paragraphs)
            return f"Interview '{article.title}' ({exchanges} vragen/antwoorden)"
        return f"Artikel '{article.title}' ({len(article.paragraphs)} blokken)"

    def show(self, article):
        """The page as it would be created: its fields and each block, shortened."""
        self.stdout.write(f"  titel: {article.title}")
        self.stdout.write(f"  samenvatting: {self.preview(article.intro)}")
        if article.date:
            self.stdout.write(f"  datum in de bron: {article.date:%Y-%m-%d}")
        if article.interviewees:
            self.stdout.write(f"  sprekers: {', '.join(article.interviewees)}")
        for block in article.paragraphs:
            label = BLOCK_LABELS[block.type]
            if block.speaker:
                label = f"{label}, {block.speaker}"
            self.stdout.write(f"  [{label}] {self.preview(block.text)}")

    def preview(self, text):
        text = " ¶ ".join(text.split("\n\n"))
        return text if len(text) <= PREVIEW_LENGTH else text[: PREVIEW_LENGTH - 1] + "…"

    def create_draft(self, article, tree):
        if article.kind == KIND_INTERVIEW:
            parent = tree.sections[InterviewIndexPage]
            page = InterviewPage(body=interview_body(article.paragraphs))
        else:
            parent = tree.sections[ArticleIndexPage]
            page = ArticlePage(
                body=article_body(article.paragraphs),
                article_type=ArticlePage.ArticleType.NEWS,
            )
        page.title = article.title
        # The date the source gives; an editor corrects it if it is not the publication date.
        page.first_published = article.date
        page.intro = article.intro[: type(page)._meta.get_field("intro").max_length]
        if parent.pk not in self.taken_slugs:
            self.taken_slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        page.slug = free_slug(article.title, self.taken_slugs[parent.pk], fallback=article.kind)
        page.live = False
        parent.add_child(instance=page)
        # As the admin saves a new draft: the required fields are checked when it is published.
        page.save_revision(clean=False)
        return page
