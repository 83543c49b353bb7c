"""E-mail alert URLs, inside the language prefix; English where the language is English."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from alerts import views

app_name = "alerts"

urlpatterns = [
    path(_("attenderingen/zoeken/"), views.subscribe_selection, name="subscribe-selection"),
    path(
        _("attenderingen/methode/<int:method_id>/"),
        views.subscribe_method,
        name="subscribe-method",
    ),
    path(_("attenderingen/aangevraagd/"), views.sent, name="sent"),
    path(_("attenderingen/bevestigen/<str:token>/"), views.confirm, name="confirm"),
    path(_("attenderingen/afmelden/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
