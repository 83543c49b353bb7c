"""The "Deel uw praktijk" form: every field checked with a message a municipality understands."""

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from casestudies.submissions.files import detect_document_kind, extension_kind
from casestudies.submissions.models import PracticeSubmission
from knowledge.models import Municipality
from methods.models import MethodPage

# Bots fill in every field they find; people never see this one.
HONEYPOT_FIELD = "aanvulling"


def required(message):
    return {"required": message}


class PracticeSubmissionForm(forms.ModelForm):
    municipality_name = forms.CharField(
        label=_("Gemeente"),
        max_length=200,
        help_text=_("Kies uit de lijst of typ de naam van de gemeente."),
        error_messages=required(_("Vul de gemeente in waar de aanpak is uitgevoerd.")),
        widget=forms.TextInput(attrs={"list": "gemeenten", "autocomplete": "off"}),
    )
    method = forms.ModelChoiceField(
        label=_("Gebruikte methode"),
        queryset=None,
        required=False,
        empty_label=_("Eigen aanpak (geen methode van Wijkkompas)"),
        help_text=_("Werkte u met een methode die op Wijkkompas staat? Kies die dan."),
        error_messages={"invalid_choice": _("Kies een methode uit de lijst of 'Eigen aanpak'.")},
    )
    start_date = forms.DateField(
        label=_("Begonnen op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een geldige datum in, bijvoorbeeld 2024-03-01.")},
    )
    end_date = forms.DateField(
        label=_("Afgerond op"),
        required=False,
        help_text=_("Leeg laten als de aanpak nog loopt."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een geldige datum in, bijvoorbeeld 2024-12-31.")},
    )
    attachment = forms.FileField(
        label=_("Document (niet verplicht)"),
        required=False,
        help_text=_("Bijvoorbeeld een evaluatie of plan van aanpak: PDF, DOCX of ODT."),
        widget=forms.FileInput(attrs={"accept": ".pdf,.docx,.odt"}),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming om mijn naam, e-mailadres en telefoonnummer te bewaren, zodat "
            "de redactie contact met mij kan opnemen over deze inzending."
        ),
        error_messages=required(
            _(
                "Geef toestemming om uw contactgegevens te bewaren: zonder contact kan de "
                "redactie uw praktijk niet controleren."
            )
        ),
    )
    aanvulling = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = PracticeSubmission
        fields = [
            "organisation",
            "municipality_name",
            "contact_name",
            "contact_email",
            "contact_phone",
            "title",
            "description",
            "method",
            "start_date",
            "end_date",
            "results",
            "lessons",
        ]
        labels = {
            "organisation": _("Organisatie"),
            "contact_name": _("Naam"),
            "contact_email": _("E-mailadres"),
            "contact_phone": _("Telefoonnummer (niet verplicht)"),
            "title": _("Naam van de aanpak"),
            "description": _("Beschrijving van de aanpak"),
            "results": _("Resultaten (niet verplicht)"),
            "lessons": _("Lessen: wat werkte wel en wat niet? (niet verplicht)"),
        }
        help_texts = {
            "organisation": _("De gemeente of organisatie die de aanpak uitvoerde."),
            "description": _("Wat deed u, met wie en voor wie? Hoe zag de wijk eruit?"),
            "results": _("Wat heeft het opgeleverd, en voor hoeveel mensen?"),
        }
        error_messages = {
            "organisation": required(_("Vul de naam van uw organisatie in.")),
            "contact_email": {
                "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")
            },
            "title": required(_("Geef de aanpak een naam.")),
            "description": required(_("Beschrijf de aanpak in een paar zinnen.")),
        }
        widgets = {
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "results": forms.Textarea(attrs={"rows": 5}),
            "lessons": forms.Textarea(attrs={"rows": 5}),
        }

    # (legend, field names) in the order the form shows them.
    fieldsets = [
        (_("Uw organisatie"), ["organisation", "municipality_name"]),
        (_("Contactpersoon"), ["contact_name", "contact_email", "contact_phone", "consent"]),
        (
            _("De aanpak"),
            [
                "title",
                "description",
                "method",
                "start_date",
                "end_date",
                "results",
                "lessons",
                "attachment",
            ],
        ),
    ]
    text_limits = {"description": 6000, "results": 4000, "lessons": 4000}

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.fields["method"].queryset = (
            MethodPage.objects.live().public().filter(locale=locale).order_by("title")
        )
        self.fields["contact_name"].required = True
        self.fields["contact_name"].error_messages["required"] = _("Vul uw naam in.")
        self.fields["contact_email"].required = True
        self.fields["contact_email"].error_messages["required"] = _(
            "Vul uw e-mailadres in, zodat de redactie u kan bereiken."
        )
        self.fields["contact_phone"].validators.append(
            RegexValidator(
                r"^\+?[0-9 ()-]{6,20}$",
                _("Vul een telefoonnummer in met alleen cijfers, spaties, + of -."),
            )
        )
        for name, limit in self.text_limits.items():
            self.fields[name].widget.attrs["maxlength"] = str(limit)
            self.fields[name].validators.append(MaxLengthValidator(limit))

    @property
    def municipality_options(self):
        return Municipality.objects.filter(locale=self.locale).order_by("name")

    def get_fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    # Fields of one line: the title becomes a page title and an e-mail subject (Wagtail's
    # workflow mails), where a line break raises BadHeaderError and no editor is told.
    single_line_fields = ["organisation", "municipality_name", "contact_name", "title"]

    def clean_municipality_name(self):
        return " ".join(self.cleaned_data["municipality_name"].split())

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return upload
        limit = settings.WIJKKOMPAS_SUBMISSION_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _("Het bestand is %(size)s MB; het mag hoogstens %(limit)s MB zijn."),
                params={"size": f"{upload.size / 1_048_576:.1f}", "limit": limit // 1_048_576},
            )
        expected = extension_kind(upload.name)
        if expected is None:
            raise forms.ValidationError(_("Kies een PDF-, DOCX- of ODT-bestand."))
        if detect_document_kind(upload) != expected:
            raise forms.ValidationError(
                _(
                    "Dit bestand is geen echt %(kind)s-bestand: de inhoud past niet bij de "
                    "naam. Sla het opnieuw op als PDF, DOCX of ODT."
                ),
                params={"kind": expected.upper()},
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        for name in self.single_line_fields:
            if isinstance(cleaned.get(name), str):
                # Every kind of line break and other white space becomes one space.
                cleaned[name] = " ".join(cleaned[name].split())
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("De einddatum kan niet vóór de begindatum liggen."))
        return cleaned

    def matched_municipality(self):
        """The taxonomy term the typed name stands for, or None for editors to match."""
        name = self.cleaned_data.get("municipality_name", "")
        return Municipality.objects.filter(locale=self.locale, name__iexact=name).first()
