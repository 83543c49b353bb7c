from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennis"

    def ready(self):
        import knowledge.concurrency  # noqa: F401  (page saves keep the stored child count)
        from knowledge import roles  # noqa: F401  (gives translators each new language tree)
        from knowledge.page_cache import connect_signals

        # Publishing, moving and taxonomy changes empty the page cache.
        connect_signals()
