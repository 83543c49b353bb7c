"""The editorial roles: group names, and translators' rights on every translated page tree."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Locale, Page

EDITOR = "Redacteur"
FINAL_EDITOR = "Eindredacteur"
TRANSLATOR = "Vertaler"
ADMINISTRATOR = "Beheerder"
ROLES = [EDITOR, FINAL_EDITOR, TRANSLATOR, ADMINISTRATOR]

# Translators edit and publish translations, never the Dutch source pages.
TRANSLATOR_PAGE_ACTIONS = ["add", "change", "publish"]


def grant_translator_pages(locale_root):
    """Let translators edit and publish the tree under a home page of a translation language."""
    translators = Group.objects.filter(name=TRANSLATOR).first()
    if translators is None or locale_root.locale_id == Locale.get_default().pk:
        return
    for action in TRANSLATOR_PAGE_ACTIONS:
        GroupPagePermission.objects.get_or_create(
            group=translators,
            page=locale_root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )


@receiver(post_save, dispatch_uid="knowledge-translator-pages")
def grant_translator_pages_on_new_language_tree(sender, instance, created, raw=False, **kwargs):
    # A language's home page appears when the home page is first translated (wagtail-localize
    # copies it next to the Dutch one), long after the roles migration ran.
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        grant_translator_pages(instance)
