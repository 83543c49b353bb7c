"""The subscribe form: an address and how often, checked with messages a reader understands."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency

# Bots fill in every field they find; people never see this one.
HONEYPOT_FIELD = "aanvulling"


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_("U krijgt eerst een e-mail met een link om uw aanmelding te bevestigen."),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Hoe vaak wilt u een e-mail?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe vaak u een e-mail wilt."),
            "invalid_choice": _("Kies dagelijks of wekelijks."),
        },
    )
    aanvulling = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_email(self):
        # One address, however it is capitalised: mail servers treat it so in practice.
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    def visible_fields_in_order(self):
        return [self["email"], self["frequency"]]
