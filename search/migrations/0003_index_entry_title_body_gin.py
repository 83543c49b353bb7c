"""A GIN index on the joined title and body vectors of Wagtail's search index, on PostgreSQL.

The search page matches a page if its title, its body, or both joined match the query
(search.backends.postgres). Wagtail indexes title and body separately; with this index all three
tests can use an index, so a search for a rare word reads only the pages that have it, and
ANALYZE keeps statistics on the joined vectors, so the planner knows how many pages match.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_accent_tolerant_text_search"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
