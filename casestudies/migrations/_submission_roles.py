"""Lets the editorial roles see "Deel je praktijk" submissions and the final editors handle them
(used by the squashed first migration; the loader skips modules starting with "_")."""

from django.contrib.auth.management import create_permissions

# Eindredacteuren decide what becomes of a submission (and so get the notification e-mail, which
# goes to whoever may change submissions); Redacteuren only read them while writing up the draft.
SUBMISSION_ACTIONS = {
    "Redacteur": ["view"],
    "Eindredacteur": ["view", "change"],
    "Beheerder": ["view", "change"],
}


def submission_permissions(apps, actions):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="casestudies",
        content_type__model="practicesubmission",
        codename__in=[f"{action}_practicesubmission" for action in actions],
    )


def grant(apps, schema_editor):
    # On a fresh database permissions are only created after all migrations ran.
    app_config = apps.get_app_config("casestudies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, actions in SUBMISSION_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*submission_permissions(apps, actions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, actions in SUBMISSION_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*submission_permissions(apps, actions))
