"""StreamField blocks shared by every content page: one content family, reused everywhere.

Page templates render blocks with `{% include_block block only %}`: a block template sees its
`value` (and the active language) but not the page's context, which would be copied for every
block. Pass what a block needs explicitly: `{% include_block block with page=page only %}`.
"""

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the document outline correct for screen readers."""

    text = blocks.CharBlock(label="Tekst", max_length=120)
    level = blocks.ChoiceBlock(
        label="Niveau",
        choices=[("h2", "Kop 2"), ("h3", "Kop 3"), ("h4", "Kop 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = "Tussenkop"
        description = "Een tussenkop die de tekst in delen opdeelt."
        preview_value = {"text": "Wat werkt in de wijk", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with a restrained set of formatting options."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = "Alinea"
        description = "Lopende tekst met eenvoudige opmaak."
        preview_value = "<p>Bewoners weten vaak zelf het best wat hun buurt veiliger maakt.</p>"


class QuoteBlock(blocks.StructBlock):
    """A quotation with its speaker, so a reader knows whose words they are."""

    quote = blocks.TextBlock(label="Citaat")
    attribution = blocks.CharBlock(label="Van wie", required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = "Citaat"
        description = "Een citaat met de naam van wie het zei."
        preview_value = {
            "quote": "Elke wijk heeft een eigen tempo.",
            "attribution": "Een kwartiermaker",
        }


class ImageBlock(blocks.StructBlock):
    """An image whose alternative text is required, because an image without it excludes readers."""

    image = ImageChooserBlock(label="Afbeelding")
    alt_text = blocks.CharBlock(
        label="Alternatieve tekst",
        max_length=250,
        help_text="Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.",
    )
    caption = blocks.CharBlock(label="Bijschrift", required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = "Afbeelding"
        description = "Een afbeelding met verplichte alternatieve tekst en een bijschrift."
        preview_value = {"alt_text": "Bewoners in gesprek op een buurtplein", "caption": ""}


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for something a reader must not miss, such as a condition or a warning."""

    title = blocks.CharBlock(label="Titel", max_length=120)
    text = ParagraphBlock(label="Tekst")

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = "Kader"
        description = "Een opvallend kader voor een belangrijk punt."
        preview_value = {
            "title": "Let op",
            "text": "<p>Reken op enkele maanden voordat een netwerk staat.</p>",
        }


class LinkValue(blocks.StructValue):
    """Resolves a link to one url and text, whether it points to a page, a document or elsewhere."""

    @cached_property
    def url(self):
        if self.get("page"):
            return self["page"].url
        if self.get("document"):
            return self["document"].url
        return self.get("external_url") or ""

    @cached_property
    def text(self):
        if self.get("title"):
            return self["title"]
        if self.get("page"):
            return self["page"].title
        if self.get("document"):
            return self["document"].title
        return self.get("external_url") or ""


class LinkBlock(blocks.StructBlock):
    """A link to a page, a document or an external address."""

    title = blocks.CharBlock(label="Linktekst", required=False, max_length=160)
    page = blocks.PageChooserBlock(label="Pagina", required=False)
    document = DocumentChooserBlock(label="Document", required=False)
    external_url = blocks.URLBlock(label="Externe link", required=False)

    def clean(self, value):
        value = super().clean(value)
        targets = [value.get("page"), value.get("document"), value.get("external_url")]
        if sum(1 for target in targets if target) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(
                        "Kies precies één doel: een pagina, een document of een externe link."
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = "Link"
        value_class = LinkValue
        description = "Een link naar een pagina, een document of een andere website."
        preview_value = {"title": "Lees de handreiking", "external_url": "https://example.org"}


class DownloadBlock(blocks.StructBlock):
    """A document offered for download, with a title that says what it is."""

    document = DocumentChooserBlock(label="Document")
    title = blocks.CharBlock(label="Titel", required=False, max_length=160)
    description = blocks.CharBlock(label="Omschrijving", required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "blocks/download_block.html"
        label = "Download"
        description = "Een document om te downloaden, zoals een handboek of evaluatie."
        preview_value = {"title": "Handreiking", "description": "PDF"}


class ContentStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    link = LinkBlock()
    download = DownloadBlock()


class RelatedPagesBlock(blocks.StreamBlock):
    """Pages an editor points the reader to."""

    page = blocks.PageChooserBlock(
        label="Pagina",
        target_model=(
            "methods.MethodPage",
            "casestudies.CaseStudyPage",
            "articles.InterviewPage",
            "articles.PracticalTipPage",
            "articles.ArticlePage",
        ),
    )


class DownloadsBlock(blocks.StreamBlock):
    """Documents attached to a page."""

    download = DownloadBlock()
