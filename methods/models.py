"""Method guides: structured profiles of approaches a municipality can replicate."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, IntegerField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.blocks import RICH_TEXT_FEATURES
from knowledge.edge import keys
from knowledge.listings import PageGroup, cards, content_models, listing_queryset
from knowledge.models import ContentPage, CostBand, ListingIndexPage
from knowledge.models.base import OnePagerMixin, OnePagerPdfMixin
from knowledge.structured_data import organisation
from methods.blocks import (
    ApproachBlock,
    EvaluationsBlock,
    RequiredPartnersBlock,
    WorkingElementsBlock,
)


class EvidenceLevel(models.TextChoices):
    """What is known about how well a method is supported.

    The last five are the recognition levels of the Dutch intervention databanks (the
    Erkenningstraject Interventies). A page shows one of them as a recognition only when it names
    the recognising databank and links to the method's record there (`MethodPage.is_recognised`);
    the first three say honestly what is known without one.
    """

    NONE = "none", _("Niet beoordeeld")
    OWNER_DESCRIBED = "owner_described", _("Beschreven door de eigenaar")
    NOT_RECOGNISED = "not_recognised", _("Niet erkend")
    WELL_DESCRIBED = "well_described", _("Goed beschreven")
    WELL_FOUNDED = "well_founded", _("Goed onderbouwd")
    FIRST_INDICATIONS = "first_indications", _("Eerste aanwijzingen voor effectiviteit")
    GOOD_INDICATIONS = "good_indications", _("Goede aanwijzingen voor effectiviteit")
    STRONG_INDICATIONS = "strong_indications", _("Sterke aanwijzingen voor effectiviteit")


class Recognition(models.TextChoices):
    """The search filter on recognitions: only methods a databank recognises, not expired."""

    VALID = "geldig", _("Alleen geldige erkenningen")


RECOGNITION_LEVELS = frozenset(
    {
        EvidenceLevel.WELL_DESCRIBED,
        EvidenceLevel.WELL_FOUNDED,
        EvidenceLevel.FIRST_INDICATIONS,
        EvidenceLevel.GOOD_INDICATIONS,
        EvidenceLevel.STRONG_INDICATIONS,
    }
)


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
        "erkennende databank",
        max_length=250,
        blank=True,
        help_text=(
            "De databank die de methode erkende, bijvoorbeeld de Databank Effectieve Sociale "
            "Interventies van Movisie. Verplicht bij een erkenningsniveau."
        ),
    )
    databank_id = models.CharField("nummer in de databank", max_length=60, blank=True)
    databank_url = models.URLField(
        "link naar de methode in de databank",
        blank=True,
        help_text="Verplicht bij een erkenningsniveau: lezers moeten de erkenning kunnen nagaan.",
    )
    evidence_notes = models.TextField(
        "toelichting op de onderbouwing",
        blank=True,
        help_text=(
            "Bij 'niet erkend' (verplicht): de reden, als vervolg op 'Niet erkend, omdat …'. "
            "Anders: wat een lezer moet weten, "
            "bijvoorbeeld waarop een beschrijving door de eigenaar steunt."
        ),
    )
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
    type_position = 10
    home_cards = ("methods", 6)
    schema_type = "HowTo"
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
                FieldPanel("databank_url"),
                FieldPanel("evidence_notes"),
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
        TranslatableField("evidence_notes"),
        TranslatableField("evaluations"),
        TranslatableField("contact_role"),
        SynchronizedField("intermediate_target_groups"),
        SynchronizedField("cost_band"),
        SynchronizedField("evidence_level"),
        SynchronizedField("databank_id"),
        SynchronizedField("databank_url"),
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

    listing_order = ("title",)

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
        errors = {}
        if self.evidence_level in RECOGNITION_LEVELS:
            if not self.evidence_source:
                errors["evidence_source"] = "Noem de databank die de methode erkende."
            if not self.databank_url:
                errors["databank_url"] = "Link naar de beschrijving van de methode in de databank."
        if self.evidence_level == EvidenceLevel.NOT_RECOGNISED and not self.evidence_notes.strip():
            errors["evidence_notes"] = "Leg uit waarom de methode niet erkend is."
        if errors:
            raise ValidationError(errors)

    @property
    def is_recognised(self):
        """Whether the page may show a recognition: a databank level, with the databank named
        and its record linked. A level without them (entered before they were required) is
        shown as not assessed rather than as an unverifiable claim."""
        return bool(
            self.evidence_level in RECOGNITION_LEVELS and self.evidence_source and self.databank_url
        )

    @property
    def shown_evidence_level(self):
        """The level readers, filters and the open data see (see `is_recognised`)."""
        if self.evidence_level in RECOGNITION_LEVELS and not self.is_recognised:
            return EvidenceLevel.NONE
        return EvidenceLevel(self.evidence_level)

    @property
    def evidence_expired(self):
        return bool(
            self.is_recognised
            and self.evidence_valid_until
            and self.evidence_valid_until < timezone.localdate()
        )

    @property
    def has_valid_recognition(self):
        return self.is_recognised and not self.evidence_expired

    @property
    def evidence_statement(self):
        """One sentence on the evidence, the same on the page, one-pager, PDF, compare and in
        the open data, so that a caveat never gets separated from the value."""
        level = self.shown_evidence_level
        if self.is_recognised:
            statement = gettext("%(level)s, erkend door %(databank)s") % {
                "level": level.label,
                "databank": self.evidence_source,
            }
            if self.evidence_expired:
                statement += gettext(" (erkenning verlopen)")
            return statement
        if level == EvidenceLevel.NOT_RECOGNISED:
            return gettext("Niet erkend, omdat %(reason)s") % {
                "reason": self.evidence_notes.strip().rstrip(".")
            }
        return str(level.label)

    @property
    def evidence_caveat(self):
        """The editor's note that goes with the evidence, unless the statement already says it."""
        if self.shown_evidence_level == EvidenceLevel.NOT_RECOGNISED:
            return ""
        return self.evidence_notes.strip()

    def structured_data(self, request):
        data = super().structured_data(request)
        data["creator"] = organisation(self.owner_organisation)
        data["estimatedCost"] = self.get_cost_band_display() if self.cost_band else None
        return data

    def applied_in(self, locale=None):
        """Every live case study of this method (in `locale`, by default the method's): the
        'Toegepast in' list, and a case study's list of the same method elsewhere."""
        # The case studies name their method (casestudies sits above methods): found through
        # that relation rather than imported.
        case_study_model = self._meta.get_field("case_studies").related_model
        return (
            case_study_model.objects.live()
            .public()
            .filter(method__in=self.versions(), locale=locale or self.locale)
            .select_related("municipality", "lead_organisation")
            .prefetch_related("neighbourhoods")
            # What the list shows (on the page and the one-pager), not whole case studies.
            .only(
                *("title", "slug", "url_path", "path", "depth", "locale", "live"),
                "translation_key",
                *("status", "status_on", "start_date", "end_date"),
                *("municipality__name", "municipality__slug", "municipality__locale"),
                # Where its map puts it (casestudies/maps/).
                *("municipality__province", "municipality__latitude", "municipality__longitude"),
                "method",
                "lead_organisation__name",
            )
            .order_by("municipality__name", "title")
        )

    def versions(self):
        """The ids of every language version of this method, as a subquery: a translated page
        may still point at the Dutch method until it is synced."""
        return Page.objects.filter(translation_key=self.translation_key).values("pk")

    def related_content(self):
        """The interviews, tips and articles about this method, as PageGroups, newest first.

        Interviews and tips name the method, or one of its case studies; articles have no
        such field, so an article is about the method when it links to it (in its text or
        under 'Zie ook'), as Wagtail's reference index records.
        """
        linking_pages = (
            ReferenceIndex.get_references_to_in_bulk(
                Page.objects.filter(translation_key=self.translation_key)
            )
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        # The content types that name a method as their source (interviews and tips), found
        # through their relations to this model, then those listed where they link (articles).
        about = [
            (
                relation.related_model,
                Q(source_method__in=self.versions())
                | Q(source_case_study__method__in=self.versions()),
            )
            for relation in self._meta.related_objects
            if relation.field.name == "source_method"
        ]
        about += [
            (model, Q(pk__in=linking_pages))
            for model in content_models()
            if model.listed_where_it_links
        ]
        groups = []
        for model, condition in about:
            found = list(
                cards(listing_queryset(model, self.locale).filter(condition))[:RELATED_LIMIT]
            )
            if found:
                label = str(model._meta.verbose_name_plural).capitalize()
                groups.append(PageGroup(label=label, count=len(found), pages=found))
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["applied_in"] = list(self.applied_in())
        context["related_content"] = self.related_content()
        keys.add(
            request,
            # A new case study, interview or tip names the method (or an article links to it).
            keys.linking_to(self),
            # A new interview or tip may name one of its case studies instead.
            *(keys.linking_to(case_study) for case_study in context["applied_in"]),
            *keys.pages(context["applied_in"]),
            *keys.pages(page for group in context["related_content"] for page in group.pages),
        )
        return context


# How many interviews, tips and articles of each kind a method page lists.
RELATED_LIMIT = 12


# What a method's card shows besides the common card fields: the facts a policy officer
# chooses a method by (templates/components/method_card.html).
METHOD_CARD_FIELDS = (
    "duration",
    "cost_band",
    "cost_notes",
    "evidence_level",
    "evidence_source",
    "evidence_notes",
    "databank_url",
    "evidence_valid_until",
)


class MethodIndexPage(ListingIndexPage):
    """All method guides, each card with the facts a policy officer chooses by."""

    template = "pages/method_index_page.html"

    listing_model = MethodPage
    subpage_types = ["methods.MethodPage"]

    class Meta:
        verbose_name = _("methodeoverzicht")

    def get_listing(self, request):
        live_case_studies = Q(case_studies__live=True, case_studies__locale=self.locale)
        return (
            # The translation key names each card's key at the edge (get_context).
            cards(
                listing_queryset(MethodPage, self.locale).child_of(self),
                *METHOD_CARD_FIELDS,
                "translation_key",
            )
            .prefetch_related("target_groups")
            .annotate(
                municipality_count=Count(
                    "case_studies__municipality", filter=live_case_studies, distinct=True
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each card counts the method's case studies: a new one changes it (knowledge/edge/).
        keys.add(request, *(keys.linking_to(method) for method in context["page_obj"]))
        return context
