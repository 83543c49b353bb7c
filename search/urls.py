"""Public search URLs, inside the language prefix; English where the language is English."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import autocomplete, compare, views

urlpatterns = [
    path(_("zoeken/"), views.search, name="search"),
    path(_("zoeken/suggesties/"), autocomplete.suggest, name="search-suggest"),
    path(_("vergelijken/"), compare.compare_methods, name="compare-methods"),
]
