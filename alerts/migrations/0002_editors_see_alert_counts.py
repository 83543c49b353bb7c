"""Editors, final editors and administrators may see the counts of e-mail alerts (never addresses)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Redacteur", "Eindredacteur", "Beheerder"]


def grant(apps, schema_editor):
    # On a fresh database permissions are only created after all migrations ran.
    app_config = apps.get_app_config("alerts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="alerts", codename="view_subscription"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="alerts", codename="view_subscription").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_subscriptions_and_deliveries"),
        ("knowledge", "0001_squashed_0008_interview_headings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
