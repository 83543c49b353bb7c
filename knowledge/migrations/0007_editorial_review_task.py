"""The workflow's two approval steps become EditorialReviewTask: nobody approves their own change.

The tasks keep their ids, so workflows, pages in moderation and their history stay as they are;
only the row holding the task's groups moves from Wagtail's group-approval table to this one.
"""

import django.db.models.deletion
from django.db import migrations, models

TASK_NAMES = ["Inhoudelijke check", "Eindredactie"]


def move_tasks(apps, schema_editor, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    source_model = apps.get_model(*source)
    target_model = apps.get_model(*target)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=target[0], model=target[1].lower()
    )
    quote = schema_editor.quote_name
    for task in source_model.objects.filter(name__in=TASK_NAMES):
        groups = list(task.groups.all())
        # Only the child row is written (raw): the Task row it extends stays as it is.
        moved = target_model(task_ptr_id=task.pk, name=task.name, active=task.active)
        moved.save_base(raw=True)
        moved.groups.set(groups)
        task.groups.clear()
        schema_editor.execute(
            f"DELETE FROM {quote(source_model._meta.db_table)} WHERE task_ptr_id = %s", [task.pk]
        )
        Task.objects.filter(pk=task.pk).update(content_type=content_type)


def to_editorial_review(apps, schema_editor):
    move_tasks(
        apps,
        schema_editor,
        ("wagtailcore", "GroupApprovalTask"),
        ("knowledge", "EditorialReviewTask"),
    )


def to_group_approval(apps, schema_editor):
    move_tasks(
        apps,
        schema_editor,
        ("knowledge", "EditorialReviewTask"),
        ("wagtailcore", "GroupApprovalTask"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("knowledge", "0006_merge_accessibility_and_listing_indexes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="EditorialReviewTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        help_text=(
                            "Pages/snippets at this step in a workflow will be moderated or "
                            "approved by these groups of users"
                        ),
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
            ],
            options={
                "verbose_name": "redactionele goedkeuring",
                "verbose_name_plural": "redactionele goedkeuringen",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(to_editorial_review, to_group_approval),
    ]
