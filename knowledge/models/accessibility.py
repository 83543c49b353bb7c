"""The accessibility statement: how well the site meets WCAG, what is known to fail, whom to tell."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.blocks import RICH_TEXT_FEATURES, ContentStreamBlock


class KnownProblemBlock(blocks.StructBlock):
    """One accessibility problem the site still has, so a reader knows what to expect."""

    problem = blocks.CharBlock(label="Probleem", max_length=200)
    criterion = blocks.CharBlock(
        label="WCAG-succescriterium",
        max_length=120,
        required=False,
        help_text="Bijvoorbeeld ‘1.4.3 Contrast (minimum)’.",
    )
    explanation = blocks.TextBlock(label="Toelichting en alternatief", required=False)
    planned_fix = blocks.CharBlock(
        label="Wat we eraan doen en wanneer", max_length=200, required=False
    )

    class Meta:
        icon = "warning"
        template = "blocks/known_problem_block.html"
        label = "Bekend probleem"
        description = "Een toegankelijkheidsprobleem dat nog niet is opgelost."
        preview_value = {
            "problem": "Sommige pdf-bijlagen zijn niet toegankelijk",
            "criterion": "1.3.1 Info en relaties",
            "explanation": "Vraag de redactie om een toegankelijke versie.",
            "planned_fix": "Vervangen door toegankelijke pdf's in het volgende kwartaal",
        }


class AccessibilityStatementPage(Page):
    """The site's accessibility statement (toegankelijkheidsverklaring), one per language.

    Dutch public bodies must publish one (Besluit digitale toegankelijkheid overheid), with the
    compliance status, when and how the site was last checked, the known problems and a route
    for feedback. Editors keep it up to date; the footer and `/toegankelijkheid` lead to it.
    """

    # The footer of every page links to it (knowledge/edge/purge.py).
    linked_from_footer = True

    template = "pages/accessibility_statement_page.html"

    class ComplianceStatus(models.TextChoices):
        # The statuses of the Dutch government's model statement (A to E).
        COMPLIANT = "a", _("Voldoet volledig aan de eisen")
        PARTIALLY = "b", _("Voldoet gedeeltelijk aan de eisen")
        FIRST_MEASURES = "c", _("Eerste maatregelen genomen")
        MEASURES = "d", _("Maatregelen genomen")
        NOT_COMPLIANT = "e", _("Voldoet niet aan de eisen")

    intro = models.TextField("samenvatting", max_length=600, blank=True)
    standard = models.CharField(
        "norm", max_length=80, default="WCAG 2.1 niveau AA", help_text="De norm waaraan we toetsen."
    )
    compliance_status = models.CharField(
        "nalevingsstatus",
        max_length=1,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIALLY,
    )
    last_checked = models.DateField("datum laatste toetsing", null=True, blank=True)
    check_method = models.TextField(
        "hoe getoetst",
        blank=True,
        help_text="Bijvoorbeeld een eigen toets met automatische hulpmiddelen, of een "
        "onderzoek door een onafhankelijke partij.",
    )
    check_report = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="onderzoeksrapport",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    known_problems = StreamField(
        [("problem", KnownProblemBlock())], verbose_name="bekende problemen", blank=True
    )
    feedback = RichTextField(
        "feedback en contact",
        features=RICH_TEXT_FEATURES,
        help_text="Hoe een bezoeker een probleem meldt en binnen welke termijn hij antwoord krijgt.",
    )
    contact_email = models.EmailField("e-mailadres voor meldingen")
    body = StreamField(ContentStreamBlock(), verbose_name="verdere inhoud", blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("standard"),
                FieldPanel("compliance_status"),
                FieldPanel("last_checked"),
                FieldPanel("check_method"),
                FieldPanel("check_report"),
            ],
            heading="Status",
        ),
        FieldPanel("known_problems"),
        MultiFieldPanel([FieldPanel("feedback"), FieldPanel("contact_email")], heading="Feedback"),
        FieldPanel("body"),
    ]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("standard"),
        TranslatableField("check_method"),
        TranslatableField("known_problems"),
        TranslatableField("feedback"),
        TranslatableField("body"),
        SynchronizedField("compliance_status"),
        SynchronizedField("last_checked"),
        SynchronizedField("check_report"),
        SynchronizedField("contact_email"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toegankelijkheidsverklaring")
        verbose_name_plural = _("toegankelijkheidsverklaringen")
