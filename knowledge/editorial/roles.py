"""The editorial roles: group names, translators' rights on every translated page tree, and the
rules Wagtail's own permissions do not express (see the README's roles table)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
    CollectionPermissionPolicy,
)
from wagtail.permissions import register_permission_policy

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


def may_restructure(user, page):
    """Whether deleting, moving or unpublishing `page` is open to `user` at all.

    Wagtail lets whoever may publish a page also unpublish, move and delete it. A translator must
    publish translations, but taking a page offline or out of its place is a decision for the
    editors: so these actions need page rights from a group other than the translators'.
    Wagtail's own checks still apply on top.
    """
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(
        group__in=user.groups.exclude(name=TRANSLATOR),
        page__in=page.get_ancestors(inclusive=True),
    ).exists()


class MediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, except that deleting needs the collection's
    own delete permission.

    Wagtail treats "delete" as "change", so everyone who may edit media (Redacteuren) could also
    delete it, and with it every page's use of it. Here only the groups granted "delete" on the
    collection (Eindredacteur, Beheerder) may; editing and adding are unchanged.
    """

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        self.deletion = CollectionPermissionPolicy(model)

    def user_has_permission(self, user, action):
        if action == "delete":
            return self.deletion.user_has_permission(user, "delete")
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != "delete"]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        return "delete" in actions and self.deletion.user_has_permission_for_instance(
            user, "delete", instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != "delete"]
        instances = self.model._default_manager.none()
        if others:
            instances = super().instances_user_has_any_permission_for(user, others)
        if "delete" in actions:
            instances = instances | self.deletion.instances_user_has_permission_for(user, "delete")
        return instances

    def users_with_any_permission(self, actions):
        others = [action for action in actions if action != "delete"]
        users = get_user_model().objects.none()
        if others:
            users = super().users_with_any_permission(others)
        if "delete" in actions:
            users = users | self.deletion.users_with_permission("delete")
        return users.distinct()


def register_media_permission_policies():
    """Use MediaPermissionPolicy for Wagtail's image and document models (called at start-up)."""
    for model in (get_image_model(), get_document_model()):
        # exact_class: it takes precedence over the policy Wagtail registers for the model.
        register_permission_policy(
            model,
            MediaPermissionPolicy(model, owner_field_name="uploaded_by_user"),
            exact_class=True,
        )
