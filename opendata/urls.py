"""Open-data URLs inside the language prefix: the open-data page, exports and feeds."""

from django.urls import path

from opendata import export, feeds, views

urlpatterns = [
    path("open-data/", views.open_data, name="open-data"),
    path("open-data/export.csv", export.export_csv, name="open-data-csv"),
    path("open-data/export.json", export.export_json, name="open-data-json"),
    # The theme and search feeds come first, so "thema" and "zoeken" never read as a type.
    path("feeds/thema/<slug:slug>/", feeds.ThemeFeed(), name="feed-theme"),
    path("feeds/thema/<slug:slug>/atom/", feeds.ThemeAtomFeed(), name="feed-theme-atom"),
    path("feeds/zoeken/", feeds.SearchFeed(), name="feed-search"),
    path("feeds/zoeken/atom/", feeds.SearchAtomFeed(), name="feed-search-atom"),
    path("feeds/<slug:content_type>/", feeds.TypeFeed(), name="feed-type"),
    path("feeds/<slug:content_type>/atom/", feeds.TypeAtomFeed(), name="feed-type-atom"),
]
