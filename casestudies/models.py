"""Case studies: a method, or a home-grown approach, carried out in a municipality and neighbourhood."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from casestudies.blocks import AdaptationsBlock, PartnersBlock
from casestudies.maps.models import CountryOutline
from casestudies.submissions.models import PracticeSubmission, PracticeSubmissionPage
from knowledge import listings
from knowledge.blocks import RICH_TEXT_FEATURES
from knowledge.edge import keys
from knowledge.models import ContentPage, CostBand, ListingIndexPage
from knowledge.models.base import OnePagerMixin, OnePagerPdfMixin
from knowledge.structured_data import organisation
from knowledge.templatetags.content_tags import shown_to_readers


class CaseStudyStatus(models.TextChoices):
    PLANNED = "planned", _("Gepland")
    RUNNING = "running", _("Loopt")
    ENDED = "ended", _("Afgerond")
    EMBEDDED = "embedded", _("Geborgd")


class CaseStudyPage(OnePagerMixin, OnePagerPdfMixin, ContentPage):
    """How an approach was carried out in one place: the local context, what was adapted and why,
    what it reached and what others can learn from it."""

    template = "pages/case_study_page.html"
    # What its page shows of other models, fetched once when it is served (ContentPage).
    shown_relations = (
        *("method", "programme", "municipality", "lead_organisation"),
        *("neighbourhoods", "target_groups", "themes"),
    )

    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text="Leeg laten bij een eigen, lokale aanpak.",
    )
    programme = models.ForeignKey(
        "knowledge.Programme",
        verbose_name="programma",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    # Nullable only so that a draft from "Deel uw praktijk" can exist before an editor has matched
    # a typed-in municipality to the taxonomy; the admin form still requires it (blank=False).
    municipality = models.ForeignKey(
        "knowledge.Municipality",
        verbose_name="gemeente",
        null=True,
        on_delete=models.PROTECT,
        related_name="case_studies",
    )
    neighbourhoods = ParentalManyToManyField(
        "knowledge.Neighbourhood", verbose_name="wijken", blank=True, related_name="case_studies"
    )
    start_date = models.DateField("begin", null=True, blank=True)
    end_date = models.DateField("einde", null=True, blank=True)
    status = models.CharField(
        "status", max_length=20, choices=CaseStudyStatus.choices, default=CaseStudyStatus.RUNNING
    )
    status_on = models.DateField(
        "stand van zaken op",
        null=True,
        blank=True,
        help_text=(
            "Vul in als de status uit een bron van een bepaalde datum komt en niet door de "
            "redactie is nagegaan; lezers zien dan 'stand van zaken' met die datum."
        ),
    )
    lead_organisation = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name="uitvoerende organisatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_case_studies",
    )
    partners = StreamField(PartnersBlock(), verbose_name="partners", blank=True)
    context = RichTextField("lokale situatie", features=RICH_TEXT_FEATURES, blank=True)
    adaptations = StreamField(
        AdaptationsBlock(), verbose_name="lokale aanpassingen en waarom", blank=True
    )
    activities = RichTextField("activiteiten", features=RICH_TEXT_FEATURES, blank=True)
    reach = models.TextField("bereik", blank=True, help_text="Wie en hoeveel mensen zijn bereikt?")
    results = RichTextField("resultaten", features=RICH_TEXT_FEATURES, blank=True)
    lessons_worked = RichTextField("wat werkte", features=RICH_TEXT_FEATURES, blank=True)
    lessons_did_not_work = RichTextField("wat werkte niet", features=RICH_TEXT_FEATURES, blank=True)
    budget_band = models.CharField("budget", max_length=20, choices=CostBand.choices, blank=True)
    funding = models.CharField("financiering", max_length=250, blank=True)
    evaluation_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="evaluatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    peer_contact_name = models.CharField("naam collega-contact", max_length=160, blank=True)
    peer_contact_role = models.CharField("functie collega-contact", max_length=160, blank=True)
    peer_contact_email = models.EmailField("e-mail collega-contact", blank=True)
    peer_contact_consent_on = models.DateField(
        "toestemming vastgelegd op",
        null=True,
        blank=True,
        help_text="Een collega-contact wordt alleen getoond als de toestemming is vastgelegd.",
    )

    content_type_label = _("Praktijkvoorbeeld")
    type_position = 20
    home_cards = ("case_studies", 6)
    one_pager_template = "pages/case_study_one_pager.html"

    content_panels = [
        *ContentPage.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("method"),
                FieldPanel("programme"),
                FieldPanel("municipality"),
                FieldPanel("neighbourhoods"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_on")]),
            ],
            heading="Wat, waar en wanneer",
        ),
        MultiFieldPanel(
            [FieldPanel("lead_organisation"), FieldPanel("partners")],
            heading="Wie voerde het uit",
        ),
        FieldPanel("context"),
        FieldPanel("adaptations"),
        FieldPanel("activities"),
        MultiFieldPanel(
            [
                FieldPanel("reach"),
                FieldPanel("results"),
                FieldPanel("lessons_worked"),
                FieldPanel("lessons_did_not_work"),
            ],
            heading="Bereik, resultaten en lessen",
        ),
        MultiFieldPanel(
            [FieldPanel("budget_band"), FieldPanel("funding"), FieldPanel("evaluation_document")],
            heading="Geld en evaluatie",
        ),
        MultiFieldPanel(
            [
                FieldPanel("peer_contact_name"),
                FieldPanel("peer_contact_role"),
                FieldPanel("peer_contact_email"),
                FieldPanel("peer_contact_consent_on"),
            ],
            heading="Collega-contact (alleen met toestemming)",
        ),
        FieldPanel("body"),
        *ContentPage.taxonomy_panels,
        *ContentPage.meta_panels,
        *OnePagerPdfMixin.one_pager_panels,
    ]
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        TranslatableField("partners"),
        TranslatableField("context"),
        TranslatableField("adaptations"),
        TranslatableField("activities"),
        TranslatableField("reach"),
        TranslatableField("results"),
        TranslatableField("lessons_worked"),
        TranslatableField("lessons_did_not_work"),
        TranslatableField("funding"),
        TranslatableField("peer_contact_role"),
        SynchronizedField("method"),
        SynchronizedField("programme"),
        SynchronizedField("municipality"),
        SynchronizedField("neighbourhoods"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("status"),
        SynchronizedField("status_on"),
        SynchronizedField("lead_organisation"),
        SynchronizedField("budget_band"),
        SynchronizedField("evaluation_document"),
        SynchronizedField("peer_contact_name"),
        SynchronizedField("peer_contact_email"),
        SynchronizedField("peer_contact_consent_on"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("context"),
        index.SearchField("adaptations"),
        index.SearchField("results"),
        index.SearchField("lessons_worked"),
        index.RelatedFields("neighbourhoods", [index.SearchField("name")]),
        index.FilterField("method"),
        index.FilterField("municipality"),
        index.FilterField("status"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")
        # Listings show the newest first; without it every listing sorts all case studies.
        indexes = [models.Index(fields=["-start_date", "-page_ptr"], name="casestudy_newest_first")]

    listing_order = ("-start_date", "-pk")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Het einde kan niet vóór het begin liggen."})
        has_contact = any([self.peer_contact_name, self.peer_contact_email, self.peer_contact_role])
        if has_contact and not self.peer_contact_consent_on:
            raise ValidationError(
                {
                    "peer_contact_consent_on": (
                        "Leg vast wanneer het collega-contact toestemming gaf, "
                        "of laat de contactgegevens leeg."
                    )
                }
            )

    @classmethod
    def home_figures(cls, locale):
        # "Case studies from N municipalities" under the home page's heading.
        carried_out = listings.listing_queryset(cls, locale).order_by().values("municipality")
        return {"municipality_count": carried_out.distinct().count()}

    def save(self, *args, **kwargs):
        # The case study's own municipality always counts as one it is about, so municipality
        # pages and filters find it through the shared `municipalities` field.
        if self.municipality_id:
            current = list(self.municipalities.all())
            if self.municipality not in current:
                self.municipalities.set([*current, self.municipality])
        super().save(*args, **kwargs)

    def structured_data(self, request):
        data = super().structured_data(request)
        if self.municipality is not None:
            data["spatialCoverage"] = {
                "@type": "Place",
                "name": self.municipality.name,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.municipality.name,
                    "addressCountry": "NL",
                },
            }
        if self.start_date:
            end = self.end_date.isoformat() if self.end_date else ".."
            data["temporalCoverage"] = f"{self.start_date.isoformat()}/{end}"
        data["sourceOrganization"] = organisation(self.lead_organisation)
        # A draft or private method is never named, here as on the page (shown_to_readers).
        if shown_to_readers(self.method) is not None:
            data["isBasedOn"] = self.method.get_full_url(request)
        return data

    def siblings(self):
        """The same method carried out elsewhere: its other live case studies in this language."""
        if self.method is None:
            return []
        return list(self.method.applied_in(locale=self.locale).exclude(pk=self.pk))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["siblings"] = self.siblings()
        # Read once for the page and its one-pager, which name the method in several places.
        context["shown_method"] = shown_to_readers(self.method)
        if self.method is not None:
            # A new case study of the method joins the list (knowledge/edge/purge.py).
            keys.add(request, keys.linking_to(self.method), *keys.pages(context["siblings"]))
        return context

    @property
    def show_peer_contact(self):
        return bool(self.peer_contact_consent_on and self.peer_contact_name)

    @property
    def status_label(self):
        """The status as readers see it everywhere: with its date when it is not current, so a
        status taken from a 2018 source never reads as today's."""
        label = self.get_status_display()
        if self.status_on:
            return gettext("%(status)s (stand van zaken %(date)s)") % {
                "status": label,
                "date": date_format(self.status_on, "F Y"),
            }
        return label

    @property
    def period(self):
        """The period as readers say it: '2022 – 2023', 'vanaf 2022' or ''."""
        start = self.start_date.year if self.start_date else None
        end = self.end_date.year if self.end_date else None
        if start and end:
            return str(start) if start == end else f"{start} – {end}"
        if start:
            return gettext("vanaf %(year)s") % {"year": start}
        return ""


class CaseStudyIndexPage(ListingIndexPage):
    """All case studies, newest first."""

    template = "pages/case_study_index_page.html"

    listing_model = CaseStudyPage
    subpage_types = ["casestudies.CaseStudyPage", "casestudies.PracticeSubmissionPage"]

    class Meta:
        verbose_name = _("overzicht praktijkvoorbeelden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["submission_page"] = (
            PracticeSubmissionPage.objects.child_of(self).live().public().first()
        )
        return context


__all__ = [
    "CaseStudyIndexPage",
    "CountryOutline",
    "CaseStudyPage",
    "CaseStudyStatus",
    "PracticeSubmission",
    "PracticeSubmissionPage",
]
