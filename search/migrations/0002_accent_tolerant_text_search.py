"""Accent-tolerant copies of PostgreSQL's Dutch and English text search configurations.

Only on PostgreSQL. Creating the unaccent extension needs a privileged database user; without
it the configurations are not created and search.backends.postgres uses plain dutch/english.
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger("wijkkompas.search")

# (configuration, copied from, stemmer dictionary)
CONFIGURATIONS = [
    ("wijkkompas_dutch", "dutch", "dutch_stem"),
    ("wijkkompas_english", "english", "english_stem"),
]


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DatabaseError as error:
        logger.warning(
            "Could not create the unaccent extension (%s); search uses the plain dutch and "
            "english configurations. Create it as a privileged user and migrate again: "
            "`manage.py migrate search 0001 && manage.py migrate search`.",
            error,
        )
        return
    with connection.cursor() as cursor:
        for name, source, stemmer in CONFIGURATIONS:
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
            )


def drop_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    # The unaccent extension stays: other schemas or configurations may use it.
    with connection.cursor() as cursor:
        for name, _source, _stemmer in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
