"""Create the English locale next to Dutch, so a fresh database can hold the English site."""

from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    # Wagtail's own migration creates the default (Dutch) locale only on an empty database.
    for language_code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Reversing leaves the locales: deleting one would delete every page written in it.
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
