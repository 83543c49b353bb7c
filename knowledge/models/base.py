"""The abstract content page every method, case study, interview, tip and article inherits."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from knowledge.blocks import ContentStreamBlock, DownloadsBlock, RelatedPagesBlock
from knowledge.onepager_pdf import one_pager_pdf_response, validate_pdf_document
from knowledge.page_forms import ContentPageForm
from knowledge.placeholders import find_placeholder


class ContentPage(Page):
    """Fields every content page shares, so that listings, filters and search treat them alike.

    A policy officer compares pages by their intro, themes, target groups, organisations and
    municipalities; editors keep them current with the first-published and last-reviewed dates.
    """

    intro = models.TextField(
        "samenvatting",
        max_length=600,
        help_text="Twee of drie zinnen in gewone taal: waar gaat deze pagina over?",
    )
    themes = ParentalManyToManyField(
        "knowledge.Theme", verbose_name="thema's", blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "knowledge.TargetGroup", verbose_name="doelgroepen", blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "knowledge.Organisation", verbose_name="organisaties", blank=True, related_name="+"
    )
    municipalities = ParentalManyToManyField(
        "knowledge.Municipality", verbose_name="gemeenten", blank=True, related_name="+"
    )
    authors = ParentalManyToManyField(
        "knowledge.Person", verbose_name="auteurs", blank=True, related_name="+"
    )
    first_published = models.DateField("eerst gepubliceerd", null=True, blank=True)
    last_reviewed = models.DateField("laatst gecontroleerd", null=True, blank=True)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="afbeelding in overzichten",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_image_alt = models.CharField(
        "alternatieve tekst van de afbeelding",
        max_length=250,
        blank=True,
        help_text="Verplicht als er een afbeelding is: beschrijf wat erop te zien is.",
    )
    body = StreamField(ContentStreamBlock(), verbose_name="inhoud", blank=True)
    related_pages = StreamField(
        RelatedPagesBlock(), verbose_name="gerelateerde pagina's", blank=True
    )
    downloads = StreamField(DownloadsBlock(), verbose_name="downloads", blank=True)

    # Shown in listings as the type label of a card.
    content_type_label = ""
    # Relations (foreign keys and taxonomy) the page's template shows: fetched once each when
    # the page is served, however often the template reads them.
    shown_relations = ("target_groups", "themes")

    base_form_class = ContentPageForm

    # What a translator translates, and what always follows the Dutch source (dates, taxonomy,
    # images and documents), so that a translation never drifts from its source on facts.
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("listing_image_alt"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("organisations"),
        SynchronizedField("municipalities"),
        SynchronizedField("authors"),
        SynchronizedField("first_published"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("listing_image"),
        SynchronizedField("related_pages"),
        SynchronizedField("downloads"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.FilterField("first_published"),
    ]

    # TitleFieldPanel keeps the slug (on the promote tab) in step with the title while the page
    # is new, so the first save never fails on a field the editor has not seen.
    intro_panels = [TitleFieldPanel("title"), FieldPanel("intro")]
    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("target_groups"),
                FieldPanel("organisations"),
                FieldPanel("municipalities"),
                FieldPanel("authors"),
            ],
            heading="Indeling",
        ),
    ]
    meta_panels = [
        MultiFieldPanel(
            [
                FieldPanel("first_published"),
                FieldPanel("last_reviewed"),
                FieldPanel("listing_image"),
                FieldPanel("listing_image_alt"),
            ],
            heading="Datering en afbeelding",
        ),
        FieldPanel("related_pages"),
        FieldPanel("downloads"),
    ]
    content_panels = [*intro_panels, FieldPanel("body"), *taxonomy_panels, *meta_panels]
    # Never saves over a version another editor saved after the form was loaded.

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.listing_image_id and not self.listing_image_alt.strip():
            raise ValidationError(
                {"listing_image_alt": "Geef de afbeelding een alternatieve tekst."}
            )
        if (
            self.first_published
            and self.last_reviewed
            and self.last_reviewed < self.first_published
        ):
            raise ValidationError(
                {"last_reviewed": "De controledatum kan niet vóór de publicatiedatum liggen."}
            )
        if errors := placeholder_errors(self):
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        prefetch_related_objects([self], *self.shown_relations)
        return super().get_context(request, *args, **kwargs)

    def save(self, *args, **kwargs):
        localize_relations(self)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        """Indexed pages with their taxonomy prefetched: Wagtail's search indexing does not
        prefetch ParentalManyToManyFields, which would cost a query per page per relation."""
        relations = [
            field.field_name
            for field in cls.get_search_fields()
            if isinstance(field, index.RelatedFields)
            and isinstance(field.get_field(cls), ParentalManyToManyField)
        ]
        return super().get_indexed_objects().prefetch_related(*relations)

    @classmethod
    def search_type(cls):
        """The value of the search page's 'type' facet for this content type, e.g. 'methode'.

        Always the Dutch label, so a filtered search URL means the same in every language.
        """
        with translation.override(settings.LANGUAGE_CODE):
            return slugify(str(cls.content_type_label))

    # The schema.org type of its JSON-LD (knowledge/structured_data.py).
    schema_type = "Article"

    def structured_data(self, request):
        """The schema.org description of this page, as a dict (knowledge/structured_data.py)."""
        from knowledge.structured_data import content_page_data

        return content_page_data(self, request)

    @property
    def version_date(self):
        """The date a reader should treat this page's content as current from."""
        if self.last_reviewed:
            return self.last_reviewed
        if self.last_published_at:
            return self.last_published_at.date()
        return self.first_published


class OnePagerPdfMixin(models.Model):
    """The editor's own PDF of a one-pager, served instead of the generated one.

    Some methods come with a designed one-pager from their owner; editors upload it as a document
    and choose it here. Used together with OnePagerMixin.
    """

    one_pager_pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("eigen pdf van de onepager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Laat leeg om de pdf automatisch uit de gegevens van deze pagina te maken. "
            "Kies een pdf-document om in plaats daarvan dat bestand aan te bieden."
        ),
    )

    one_pager_panels = [FieldPanel("one_pager_pdf")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.one_pager_pdf_id:
            try:
                validate_pdf_document(self.one_pager_pdf)
            except ValidationError as error:
                raise ValidationError({"one_pager_pdf": error.messages}) from error


def placeholder_errors(page):
    """{field name: message} for every text field of `page` that holds a placeholder phrase.

    Readers must never see "nog aan te vullen"; an empty field simply hides its section.
    """
    errors = {}
    for field in page._meta.concrete_fields:
        if not isinstance(field, (models.CharField, models.TextField, StreamField)):
            continue
        if phrase := find_placeholder(field.value_to_string(page)):
            errors[field.name] = (
                f"Haal '{phrase}' weg en laat het veld liever leeg: een leeg veld verschijnt "
                "niet op de site, een tijdelijke tekst wel."
            )
    return errors


def localize_relations(page):
    """Point a translated page's synchronised taxonomy and page links at their versions in the
    page's own locale, where those exist.

    wagtail-localize copies synchronised relations from the Dutch source as they are; without this
    an English page would list Dutch theme names and be missing from English overview pages.
    """
    if not page.locale_id or page.locale_id == Locale.get_default().pk:
        return
    for declared in get_translatable_fields(type(page)):
        if not isinstance(declared, SynchronizedField):
            continue
        field = page._meta.get_field(declared.field_name)
        related_model = getattr(field, "related_model", None)
        if not (related_model and issubclass(related_model, TranslatableMixin)):
            continue
        if isinstance(field, ParentalManyToManyField):
            terms = list(getattr(page, field.name).all())
            if any(term.locale_id != page.locale_id for term in terms):
                setattr(page, field.name, [_in_locale(term, page.locale_id) for term in terms])
        elif isinstance(field, models.ForeignKey):
            related = getattr(page, field.name)
            if related is not None and related.locale_id != page.locale_id:
                setattr(page, field.name, _in_locale(related, page.locale_id))


def _in_locale(instance, locale_id):
    translation = instance.get_translations().filter(locale_id=locale_id).first()
    if translation is None:
        return instance
    return translation.specific if isinstance(translation, Page) else translation


class OnePagerMixin(RoutablePageMixin):
    """Adds a one-page print view generated from the page's structured fields, and its PDF.

    Policy officers take a one-pager to a meeting or pass it on, so it exists as a printable
    page and as a PDF download. This is a plain mixin rather than an abstract model because
    migrations name it as a base of the page models: a field here would break them, which is
    why the editor's own PDF lives in OnePagerPdfMixin.
    """

    one_pager_template = ""

    @path("onepager/", name="one_pager")
    def one_pager(self, request):
        return self.render(request, template=self.one_pager_template)

    @path("onepager/pdf/", name="one_pager_pdf")
    def one_pager_pdf_download(self, request):
        return one_pager_pdf_response(self, request)

    @property
    def one_pager_url(self):
        return self.url + self.reverse_subpage("one_pager")

    @property
    def one_pager_pdf_url(self):
        return self.url + self.reverse_subpage("one_pager_pdf")
