from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennis"

    def ready(self):
        from knowledge import roles  # noqa: F401  (gives translators each new language tree)
        from knowledge.edge import signals

        # Publishing, moving, privacy, taxonomy and media changes purge the edge.
        signals.connect()
