from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The site as a whole: its sections, the demo content, generated benchmark content and
    imported articles. It sits above the content apps because it fills all of them."""

    name = "wijkkompas.content"
    label = "sitecontent"
    verbose_name = "Inhoud van de site"
