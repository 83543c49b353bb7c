"""What a new database needs besides tables: the Dutch and English locales, the editorial roles
(Redacteur, Eindredacteur, Vertaler, Beheerder) and the two-step review workflow.

Used by the squashed first migration; other apps add their own permissions to these roles in
their own migrations (search, casestudies). The loader skips modules starting with "_".
"""

from django.contrib.auth.management import create_permissions


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    # Wagtail's own migration creates the default (Dutch) locale only on an empty database.
    for language_code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=language_code)


ADMIN_ACCESS = [("wagtailadmin", "admin", "access_admin")]

TAXONOMY_MODELS = [
    ("knowledge", model)
    for model in (
        "theme",
        "targetgroup",
        "municipality",
        "neighbourhood",
        "organisation",
        "programme",
        "person",
    )
]


def model_permissions(models, actions):
    return [(app, model, f"{action}_{model}") for app, model in models for action in actions]


EDITOR_MODEL_PERMISSIONS = (
    ADMIN_ACCESS
    + model_permissions(TAXONOMY_MODELS, ["add", "change", "view"])
    + [
        ("wagtail_localize", "translation", "submit_translation"),
    ]
)
FINAL_EDITOR_MODEL_PERMISSIONS = EDITOR_MODEL_PERMISSIONS + model_permissions(
    TAXONOMY_MODELS, ["delete"]
)
ADMINISTRATOR_MODEL_PERMISSIONS = FINAL_EDITOR_MODEL_PERMISSIONS + model_permissions(
    [
        ("auth", "user"),
        ("auth", "group"),
        ("wagtailcore", "site"),
        ("wagtailcore", "locale"),
        ("wagtailcore", "workflow"),
        ("wagtailcore", "task"),
        ("wagtailredirects", "redirect"),
        ("wagtailsearchpromotions", "searchpromotion"),
    ],
    ["add", "change", "delete", "view"],
)
TRANSLATOR_MODEL_PERMISSIONS = (
    ADMIN_ACCESS
    + model_permissions(TAXONOMY_MODELS, ["view"])
    + [("wagtail_localize", "translation", "submit_translation")]
)

EDITOR_MEDIA = ["add", "change", "choose"]
FINAL_EDITOR_MEDIA = ["add", "change", "choose", "delete"]

# (group, model permissions, page permissions on the root, image and document actions)
ROLES = [
    ("Redacteur", EDITOR_MODEL_PERMISSIONS, ["add", "change"], EDITOR_MEDIA),
    (
        "Eindredacteur",
        FINAL_EDITOR_MODEL_PERMISSIONS,
        ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
        FINAL_EDITOR_MEDIA,
    ),
    # Translators get their page permissions on the translated trees only: see
    # knowledge.editorial.roles.grant_translator_pages, which also runs when a new language tree appears.
    ("Vertaler", TRANSLATOR_MODEL_PERMISSIONS, [], ["choose"]),
    (
        "Beheerder",
        ADMINISTRATOR_MODEL_PERMISSIONS,
        ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
        FINAL_EDITOR_MEDIA,
    ),
]
TRANSLATOR_PAGE_PERMISSIONS = ["add", "change", "publish"]

WORKFLOW_NAME = "Redactionele controle"
# (task name, groups that may approve it), in order.
WORKFLOW_TASKS = [
    ("Inhoudelijke check", ["Redacteur", "Eindredacteur"]),
    ("Eindredactie", ["Eindredacteur"]),
]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def ensure_permissions_exist(apps):
    # On a fresh database permissions are only created after all migrations ran.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def get_permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(
        content_type__app_label=app_label, content_type__model=model, codename=codename
    )


def create_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Locale = apps.get_model("wagtailcore", "Locale")

    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {}
    for name, model_permissions_, page_actions, media_actions in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(
            *[get_permission(apps, *permission) for permission in model_permissions_]
        )
        for action in page_actions:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=get_permission(apps, "wagtailcore", "page", f"{action}_page"),
            )
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in media_actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(apps, app_label, model, f"{action}_{model}"),
                )

    default_locale = Locale.objects.order_by("pk").first()
    for locale_root in Page.objects.filter(depth=2).exclude(locale=default_locale):
        for action in TRANSLATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups["Vertaler"],
                page=locale_root,
                permission=get_permission(apps, "wagtailcore", "page", f"{action}_page"),
            )

    create_workflow(apps, groups, root)


def create_workflow(apps, groups, root):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    EditorialReviewTask = apps.get_model("knowledge", "EditorialReviewTask")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="knowledge", model="editorialreviewtask"
    )
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    for order, (task_name, group_names) in enumerate(WORKFLOW_TASKS):
        task, _created = EditorialReviewTask.objects.get_or_create(
            name=task_name, defaults={"content_type": task_type, "active": True}
        )
        task.groups.set([groups[name] for name in group_names])
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    # The root's workflow applies to every page below it, in every language, including home
    # pages created after this migration.
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).delete()
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    EditorialReviewTask = apps.get_model("knowledge", "EditorialReviewTask")
    EditorialReviewTask.objects.filter(name__in=[name for name, _groups in WORKFLOW_TASKS]).delete()
    GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=True)
    default_workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if default_workflow is not None:
        default_workflow.active = True
        default_workflow.save()
        WorkflowPage.objects.get_or_create(
            page=Page.objects.get(depth=1), defaults={"workflow": default_workflow}
        )
    Group.objects.filter(name__in=[name for name, *_rest in ROLES]).delete()
