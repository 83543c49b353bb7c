"""The "Deel uw praktijk" form page and the submissions municipalities send through it."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from knowledge.blocks import RICH_TEXT_FEATURES


def submission_storage():
    """Uploaded files are kept apart from public media until an editor decides what to do."""
    return storages["submissions"]


def submission_upload_to(instance, filename):
    # A random name: the original name is personal data and must not make the file guessable.
    suffix = PurePosixPath(filename).suffix.lower()
    return f"{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class PracticeSubmissionPage(RoutablePageMixin, Page):
    """The public "Deel uw praktijk" form: a municipality shares a practice without an account.

    Editors keep the introduction, the privacy note and the thank-you text up to date (and
    translate them); every submission becomes a draft case study for the editors to check.
    """

    # The footer of every page links to it (knowledge/edge/purge.py).
    linked_from_footer = True

    template = "pages/practice_submission_page.html"

    intro = RichTextField("introductie", features=RICH_TEXT_FEATURES, blank=True)
    privacy_note = RichTextField(
        "privacyverklaring",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=(
            "Wat er met de gegevens gebeurt. De bewaartermijn van de contactgegevens wordt er "
            "automatisch onder gezet."
        ),
    )
    thank_you_text = RichTextField(
        "bedanktekst", features=RICH_TEXT_FEATURES, blank=True, help_text="Na het versturen."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "formulier 'Deel uw praktijk'"

    @path("")
    def form_view(self, request):
        # The view builds its form from these models: importing it at the top is a cycle.
        from casestudies.submissions.views import serve_submission_form

        return serve_submission_form(self, request)

    @path("bedankt/", name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="pages/practice_submission_thanks.html")

    @path("bedankt/zonder-bijlage/", name="thanks_without_attachment")
    def thanks_without_attachment_view(self, request):
        # The text was stored but the file could not be written (a full disk, say).
        return self.render(
            request,
            template="pages/practice_submission_thanks.html",
            context_overrides={"attachment_lost": True},
        )

    @property
    def retention_months(self):
        return settings.WIJKKOMPAS_SUBMISSION_CONTACT_RETENTION_MONTHS


class SubmissionStatus(models.TextChoices):
    OPEN = "open", "Open"
    HANDLED = "handled", "Afgehandeld"


class PracticeSubmission(models.Model):
    """What a municipality sent through "Deel uw praktijk", exactly as it was typed.

    The draft case study made from it is the editors' working copy; this record keeps the
    original, the contact details (only with recorded consent, and only for as long as the
    privacy note says) and the uploaded file, which stays in private storage.
    """

    submitted_at = models.DateTimeField("ingezonden op", default=timezone.now, db_index=True)
    language = models.CharField("taal", max_length=10, default="nl")
    status = models.CharField(
        "status", max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.OPEN
    )
    handled_at = models.DateTimeField("afgehandeld op", null=True, blank=True)

    organisation = models.CharField("organisatie", max_length=200)
    municipality_name = models.CharField("gemeente (zoals ingevuld)", max_length=200)
    municipality = models.ForeignKey(
        "knowledge.Municipality",
        verbose_name="gemeente",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    contact_name = models.CharField("naam contactpersoon", max_length=160, blank=True)
    contact_email = models.EmailField("e-mail contactpersoon", blank=True)
    contact_phone = models.CharField("telefoon contactpersoon", max_length=40, blank=True)
    contact_consent_at = models.DateTimeField("toestemming gegeven op", null=True, blank=True)
    contact_removed_at = models.DateTimeField(
        "contactgegevens verwijderd op", null=True, blank=True
    )

    title = models.CharField("naam van de aanpak", max_length=200)
    description = models.TextField("beschrijving")
    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="gebruikte methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField("begin", null=True, blank=True)
    end_date = models.DateField("einde", null=True, blank=True)
    results = models.TextField("resultaten", blank=True)
    lessons = models.TextField("lessen", blank=True)

    attachment = models.FileField(
        "bijlage",
        storage=submission_storage,
        upload_to=submission_upload_to,
        max_length=200,
        blank=True,
    )
    attachment_name = models.CharField("bestandsnaam bijlage", max_length=200, blank=True)

    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name="concept-praktijkvoorbeeld",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "inzending 'Deel uw praktijk'"
        verbose_name_plural = "inzendingen 'Deel uw praktijk'"
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.title} ({self.municipality_name})"

    def save(self, *args, **kwargs):
        if self.status == SubmissionStatus.HANDLED and self.handled_at is None:
            self.handled_at = timezone.now()
        elif self.status == SubmissionStatus.OPEN:
            self.handled_at = None
        super().save(*args, **kwargs)

    @property
    def has_contact_details(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def remove_contact_details(self):
        """Forget who sent it; the practice itself stays for the editors and the case study."""
        self.contact_name = ""
        self.contact_email = ""
        self.contact_phone = ""
        self.contact_removed_at = timezone.now()
        self.save(
            update_fields=["contact_name", "contact_email", "contact_phone", "contact_removed_at"]
        )
