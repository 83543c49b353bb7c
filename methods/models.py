"""Method guides: structured profiles of approaches a municipality can replicate."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.blocks import RICH_TEXT_FEATURES
from knowledge.edge import keys
from knowledge.models import ContentPage, CostBand, ListingIndexPage
from knowledge.models.base import OnePagerMixin, OnePagerPdfMixin
from methods.blocks import (
    ApproachBlock,
    EvaluationsBlock,
    RequiredPartnersBlock,
    WorkingElementsBlock,
)


class EvidenceLevel(models.TextChoices):
    """The recognition levels Dutch intervention databanks use, from none to strong indications."""

    NONE = "none", _("Niet beoordeeld")
    WELL_DESCRIBED = "well_described", _("Goed beschreven")
    WELL_FOUNDED = "well_founded", _("Goed onderbouwd")
    FIRST_INDICATIONS = "first_indications", _("Eerste aanwijzingen voor effectiviteit")
    GOOD_INDICATIONS = "good_indications", _("Goede aanwijzingen voor effectiviteit")
    STRONG_INDICATIONS = "strong_indications", _("Sterke aanwijzingen voor effectiviteit")


class MethodPage(OnePagerMixin, OnePagerPdfMixin, ContentPage):
    """A method guide: what an approach tackles, how it works, what it needs and how well it is
    supported, so that a policy officer can judge whether it fits and replicate it."""

    template = "pages/method_page.html"
    # What its page shows of other models, fetched once when it is served (ContentPage).
    shown_relations = (
        *("owner_organisation", "handbook"),
        *("target_groups", "intermediate_target_groups", "themes"),
    )

    problem = RichTextField("probleem dat de methode aanpakt", features=RICH_TEXT_FEATURES)
    goals = RichTextField("doelen", features=RICH_TEXT_FEATURES)
    intermediate_target_groups = ParentalManyToManyField(
        "knowledge.TargetGroup",
        verbose_name="intermediaire doelgroepen",
        blank=True,
        related_name="+",
        help_text="Wie de methode uitvoert of doorgeeft, zoals professionals of sleutelfiguren.",
    )
    approach = StreamField(ApproachBlock(), verbose_name="aanpak in stappen", blank=True)
    working_elements = StreamField(
        WorkingElementsBlock(), verbose_name="werkzame elementen", blank=True
    )
    theory_of_change = RichTextField("veranderingstheorie", features=RICH_TEXT_FEATURES, blank=True)
    conditions_for_success = RichTextField(
        "voorwaarden voor succes", features=RICH_TEXT_FEATURES, blank=True
    )
    required_partners = StreamField(
        RequiredPartnersBlock(), verbose_name="benodigde partners", blank=True
    )
    expertise_needed = RichTextField("benodigde expertise", features=RICH_TEXT_FEATURES, blank=True)
    duration = models.CharField("looptijd", max_length=120, blank=True)
    intensity = models.CharField("intensiteit", max_length=200, blank=True)
    cost_band = models.CharField("kosten", max_length=20, choices=CostBand.choices, blank=True)
    cost_notes = models.TextField("toelichting op de kosten", blank=True)

    evidence_level = models.CharField(
        "mate van onderbouwing",
        max_length=30,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.NONE,
    )
    evidence_source = models.CharField(
        "bron van de beoordeling",
        max_length=250,
        blank=True,
        help_text="Bijvoorbeeld de databank of commissie die de methode beoordeelde.",
    )
    databank_id = models.CharField("nummer in de databank", max_length=60, blank=True)
    evidence_assessed_on = models.DateField("beoordeeld op", null=True, blank=True)
    evidence_valid_until = models.DateField("erkenning geldig tot", null=True, blank=True)
    evaluations = StreamField(EvaluationsBlock(), verbose_name="evaluaties", blank=True)

    owner_organisation = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name="eigenaar van de methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_methods",
    )
    contact_role = models.CharField(
        "contact (rol)",
        max_length=160,
        blank=True,
        help_text="Een rol, geen persoon: bijvoorbeeld 'projectleider Samen in de Wijk'.",
    )
    contact_email = models.EmailField("contact e-mail", blank=True)
    contact_phone = models.CharField("contact telefoon", max_length=40, blank=True)
    handbook = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="handboek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_type_label = _("Methode")
    one_pager_template = "pages/method_one_pager.html"

    content_panels = [
        *ContentPage.intro_panels,
        MultiFieldPanel(
            [FieldPanel("problem"), FieldPanel("goals"), FieldPanel("intermediate_target_groups")],
            heading="Probleem, doelen en doelgroepen",
        ),
        FieldPanel("approach"),
        FieldPanel("working_elements"),
        FieldPanel("theory_of_change"),
        MultiFieldPanel(
            [
                FieldPanel("conditions_for_success"),
                FieldPanel("required_partners"),
                FieldPanel("expertise_needed"),
                FieldPanel("duration"),
                FieldPanel("intensity"),
                FieldPanel("cost_band"),
                FieldPanel("cost_notes"),
            ],
            heading="Wat is er nodig",
        ),
        MultiFieldPanel(
            [
                FieldPanel("evidence_level"),
                FieldPanel("evidence_source"),
                FieldPanel("databank_id"),
                FieldPanel("evidence_assessed_on"),
                FieldPanel("evidence_valid_until"),
                FieldPanel("evaluations"),
            ],
            heading="Onderbouwing en effect",
        ),
        MultiFieldPanel(
            [
                FieldPanel("owner_organisation"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("handbook"),
            ],
            heading="Eigenaar en contact",
        ),
        FieldPanel("body"),
        *ContentPage.taxonomy_panels,
        *ContentPage.meta_panels,
        *OnePagerPdfMixin.one_pager_panels,
    ]
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        TranslatableField("problem"),
        TranslatableField("goals"),
        TranslatableField("approach"),
        TranslatableField("working_elements"),
        TranslatableField("theory_of_change"),
        TranslatableField("conditions_for_success"),
        TranslatableField("required_partners"),
        TranslatableField("expertise_needed"),
        TranslatableField("duration"),
        TranslatableField("intensity"),
        TranslatableField("cost_notes"),
        TranslatableField("evidence_source"),
        TranslatableField("evaluations"),
        TranslatableField("contact_role"),
        SynchronizedField("intermediate_target_groups"),
        SynchronizedField("cost_band"),
        SynchronizedField("evidence_level"),
        SynchronizedField("databank_id"),
        SynchronizedField("evidence_assessed_on"),
        SynchronizedField("evidence_valid_until"),
        SynchronizedField("owner_organisation"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("handbook"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("problem"),
        index.SearchField("goals"),
        index.SearchField("approach"),
        index.SearchField("working_elements"),
        index.FilterField("evidence_level"),
        index.FilterField("cost_band"),
    ]

    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("methode")
        verbose_name_plural = _("methoden")

    @classmethod
    def listing_queryset(cls):
        # What a card shows (the export joins the organisation it lists itself).
        return cls.objects.select_related("listing_image").order_by("title")

    def clean(self):
        super().clean()
        if (
            self.evidence_assessed_on
            and self.evidence_valid_until
            and self.evidence_valid_until < self.evidence_assessed_on
        ):
            raise ValidationError(
                {"evidence_valid_until": "De erkenning kan niet verlopen vóór de beoordeling."}
            )
        if self.evidence_level != EvidenceLevel.NONE and not self.evidence_source:
            raise ValidationError(
                {"evidence_source": "Noem de bron van de beoordeling van de onderbouwing."}
            )

    @property
    def evidence_expired(self):
        return bool(self.evidence_valid_until and self.evidence_valid_until < timezone.localdate())

    def search_facet_values(self):
        yield from super().search_facet_values()
        yield ("method", self.pk)
        yield ("evidence", self.evidence_level)
        for group in self.intermediate_target_groups.all():
            yield ("target_group", group.pk)

    @classmethod
    def prefetch_for_search_facets(cls, queryset):
        return (
            super()
            .prefetch_for_search_facets(queryset)
            .prefetch_related("intermediate_target_groups")
        )

    def applied_in(self):
        """Every live case study of this method: the 'Toegepast in' list."""
        from casestudies.models import CaseStudyPage

        return (
            CaseStudyPage.objects.live()
            .public()
            # A translated case study may still point at the Dutch method until it is synced.
            .filter(
                method__in=Page.objects.filter(translation_key=self.translation_key).values("pk"),
                locale=self.locale,
            )
            .select_related("municipality", "lead_organisation")
            .prefetch_related("neighbourhoods")
            # What the list shows (on the page and the one-pager), not whole case studies.
            .only(
                *("title", "slug", "url_path", "path", "depth", "locale", "live"),
                *("status", "start_date", "end_date"),
                *("municipality__name", "municipality__slug", "municipality__locale"),
                "lead_organisation__name",
            )
            .order_by("municipality__name", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["applied_in"] = list(self.applied_in())
        keys.add(request, keys.linking_to(self), *keys.pages(context["applied_in"]))
        return context


class MethodIndexPage(ListingIndexPage):
    """All method guides."""

    template = "pages/listing_index_page.html"

    listing_model = MethodPage
    subpage_types = ["methods.MethodPage"]

    class Meta:
        verbose_name = _("methodeoverzicht")
