"""PDF one-pagers: rendered with WeasyPrint once per live revision and language, then stored."""

import io
import logging
from importlib import import_module

from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished

logger = logging.getLogger("wijkkompas.onepager")

STORAGE_FOLDER = "onepagers"
PDF_BASE_TEMPLATE = "pages/one_pager_pdf_base.html"
UNAVAILABLE_TEMPLATE = "pages/one_pager_pdf_unavailable.html"
# The site's own stylesheet carries the one-pager print rules the browser uses too; the PDF
# stylesheet only adds what WeasyPrint needs beyond them (page box, fonts, running footer).
STYLESHEETS = ["css/wijkkompas.css", "css/one_pager_pdf.css"]
# A stored PDF never changes, but the URL serves the next revision's PDF after publishing, so
# browsers and proxies keep it for an hour and then revalidate with the ETag.
MAX_AGE = 60 * 60


class PdfUnavailable(Exception):
    """WeasyPrint, or a system library it needs, is missing or failed to render."""


def load_weasyprint():
    """WeasyPrint, imported only when a PDF is needed: a site without pango still runs."""
    try:
        return import_module("weasyprint")
    # cffi raises OSError when pango, harfbuzz or fontconfig cannot be loaded.
    except (ImportError, OSError) as error:
        raise PdfUnavailable(f"WeasyPrint cannot be loaded: {error}") from error


def storage_name(page):
    """Where the generated PDF of the page's live revision in its language is stored."""
    revision = page.live_revision_id or 0
    return f"{STORAGE_FOLDER}/{page.pk}/{revision}-{page.locale.language_code}.pdf"


def download_filename(page):
    """The file name a reader saves: the page's slug, language and version date. The language
    keeps the Dutch and English PDF of a method apart, as their slugs are often the same."""
    name = f"{page.slug}-{page.locale.language_code}"
    if page.version_date:
        return f"{name}-{page.version_date:%Y-%m-%d}.pdf"
    return f"{name}.pdf"


def render_pdf(page, request):
    """The one-pager of the page as a tagged PDF (PDF/UA-1), in the page's own language."""
    weasyprint = load_weasyprint()
    with translation.override(page.locale.language_code):
        context = page.get_context(request)
        context["one_pager_base"] = PDF_BASE_TEMPLATE
        html = render_to_string(page.one_pager_template, context, request=request)
    try:
        # Only data: URIs may be fetched: the PDF never reads files or URLs named in content.
        fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
        stylesheets = [weasyprint.CSS(filename=finders.find(name)) for name in STYLESHEETS]
        return weasyprint.HTML(string=html, base_url=page.full_url, url_fetcher=fetcher).write_pdf(
            stylesheets=stylesheets, pdf_variant="pdf/ua-1", pdf_tags=True
        )
    except Exception as error:
        raise PdfUnavailable(f"WeasyPrint failed to render page {page.pk}: {error}") from error


def stored_pdf(page, request):
    """The page's PDF as an open file, rendered and stored on the first request."""
    name = storage_name(page)
    if default_storage.exists(name):
        return default_storage.open(name, "rb")
    pdf = render_pdf(page, request)
    try:
        saved = default_storage.save(name, ContentFile(pdf))
        if saved != name:
            # Another request stored the same PDF meanwhile; storage renamed ours, so drop it.
            default_storage.delete(saved)
        remove_outdated_pdfs(page, keep=name)
    except OSError:
        # A full or read-only storage costs a render per request, not the reader's download.
        logger.exception("Could not store the one-pager PDF of page %s", page.pk)
    return io.BytesIO(pdf)


def remove_outdated_pdfs(page, keep):
    """Delete the PDFs of the page's earlier revisions, so storage holds one per page."""
    folder = f"{STORAGE_FOLDER}/{page.pk}"
    _folders, files = default_storage.listdir(folder)
    for filename in files:
        name = f"{folder}/{filename}"
        if name != keep:
            default_storage.delete(name)


def remove_pdfs(page_ids):
    """Delete every stored PDF of these pages."""
    for page_id in page_ids:
        folder = f"{STORAGE_FOLDER}/{page_id}"
        try:
            _folders, files = default_storage.listdir(folder)
        except FileNotFoundError:
            continue
        for filename in files:
            default_storage.delete(f"{folder}/{filename}")


# Media storage is usually served as it is, so a stored PDF must not outlive the page being
# public: it goes when the page is unpublished (Wagtail unpublishes a live page before deleting
# it) or put behind a view restriction.
@receiver(page_unpublished)
def remove_pdfs_of_unpublished_page(sender, instance, **kwargs):
    remove_pdfs([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
def remove_pdfs_of_restricted_pages(sender, instance, **kwargs):
    remove_pdfs(
        Page.objects.descendant_of(instance.page, inclusive=True).values_list("pk", flat=True)
    )


def one_pager_pdf_response(page, request):
    """Serve the page's one-pager as a PDF: the editor's upload if there is one, otherwise
    the generated PDF, or a 503 page that offers the printable HTML one-pager instead."""
    if not page.live or page.get_view_restrictions().exists():
        # A PDF is public by nature (stored, cached, passed on): only public pages have one.
        raise Http404
    if page.one_pager_pdf_id:
        return uploaded_pdf_response(page, request, page.one_pager_pdf)

    etag = f'"{page.pk}-{page.live_revision_id or 0}-{page.locale.language_code}"'
    if not_modified := get_conditional_response(request, etag=etag):
        return not_modified
    try:
        pdf = stored_pdf(page, request)
    except PdfUnavailable:
        logger.exception("One-pager PDF of page %s is unavailable", page.pk)
        response = TemplateResponse(
            request,
            UNAVAILABLE_TEMPLATE,
            {"page": page, "self": page},
            status=503,
        )
        patch_cache_control(response, no_cache=True)
        return response
    return pdf_download(page, pdf, etag)


def pdf_download(page, file, etag):
    """`file` as the PDF of the page's one-pager: a download, public and cached, that a
    browser revalidates with `etag`."""
    response = FileResponse(
        file,
        content_type="application/pdf",
        as_attachment=True,
        filename=download_filename(page),
    )
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def uploaded_pdf_response(page, request, document):
    """Serve the PDF an editor uploaded in place of the generated one."""
    if document.collection.get_view_restrictions().exists():
        # Wagtail's document view enforces the collection's privacy itself.
        return HttpResponseRedirect(document.url)
    etag = f'"document-{document.pk}-{document.file_hash}"'
    if not_modified := get_conditional_response(request, etag=etag):
        return not_modified
    return pdf_download(page, document.file.open("rb"), etag)


def validate_pdf_document(document):
    """Reject a document that is not a PDF, judged by its content and not only its name."""
    try:
        with document.file.open("rb") as file:
            start = file.read(1024)
    except OSError as error:
        raise ValidationError(_("Het bestand van dit document ontbreekt.")) from error
    if b"%PDF-" not in start:
        raise ValidationError(
            _("Kies een pdf-bestand: “%(title)s” is geen pdf."), params={"title": document.title}
        )
