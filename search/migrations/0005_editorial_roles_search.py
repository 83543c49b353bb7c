"""Gives the editorial roles (knowledge's first migration) what they do in search: editors and
final editors keep the synonyms, final editors may delete them, and both read the search report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMISSIONS = {
    "Redacteur": ["add_synonymgroup", "change_synonymgroup", "view_synonymgroup"],
    "Eindredacteur": [
        *("add_synonymgroup", "change_synonymgroup", "view_synonymgroup", "delete_synonymgroup"),
    ],
    "Beheerder": [
        *("add_synonymgroup", "change_synonymgroup", "view_synonymgroup", "delete_synonymgroup"),
    ],
    "Vertaler": ["view_synonymgroup"],
}
REPORT = "view_searchqueryday"


def search_permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="search", codename__in=codenames)


def grant(apps, schema_editor):
    # On a fresh database permissions are only created after all migrations ran.
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            if name != "Vertaler":
                codenames = [*codenames, REPORT]
            group.permissions.add(*search_permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*search_permissions(apps, [*codenames, REPORT]))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_document_summary_and_newest_index"),
        ("knowledge", "0001_squashed_0008_interview_headings"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
