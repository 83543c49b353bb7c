"""Public search URLs, inside the language prefix."""

from django.urls import path

from search import autocomplete, compare, views

urlpatterns = [
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", autocomplete.suggest, name="search-suggest"),
    path("vergelijken/", compare.compare_methods, name="compare-methods"),
]
