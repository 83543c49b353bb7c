"""The open-data app: sitemap, robots.txt, feeds, the read-only API and the exports."""

from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = "Open data"
