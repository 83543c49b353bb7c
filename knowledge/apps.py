from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennis"

    def ready(self):
        import knowledge.operations.concurrency  # noqa: F401  (page saves keep the stored child count)
        from knowledge.edge import signals
        from knowledge.editorial import roles  # noqa: F401  (gives translators each new language tree)
        from knowledge.operations.kept import connect_sitewide

        # Publishing, moving, privacy, taxonomy and media changes purge the edge.
        signals.connect()
        # The navigation and footer kept between requests follow the same changes.
        connect_sitewide()
