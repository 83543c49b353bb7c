from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennis"

    def ready(self):
        from knowledge import roles  # noqa: F401  (gives translators each new language tree)
