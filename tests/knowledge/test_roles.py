"""What each editorial role can and cannot reach in the admin, as a real user of that group."""

import importlib
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Page

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from knowledge.editorial.roles import ADMINISTRATOR, EDITOR, FINAL_EDITOR, ROLES, TRANSLATOR
from knowledge.factories import ThemeFactory
from tests.utils import article_form_data, assert_refused, create_user_in_role, log_in


@pytest.fixture
def article(section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Wijkavond in Zuid")
    page.save_revision().publish()
    return page


@pytest.fixture
def login_as(client, db):
    def login(role):
        return log_in(client, create_user_in_role(role))

    return login


def page_url(name, page, *extra):
    return reverse(f"wagtailadmin_pages:{name}", args=[page.pk, *extra])


def test_every_role_reaches_the_admin(login_as):
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    for role in ROLES:
        client = login_as(role)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
        client.logout()


class TestEditor:
    @pytest.fixture
    def client(self, client, login_as):
        return login_as(EDITOR)

    def test_edits_and_adds_pages_and_taxonomy(self, client, article, section):
        assert client.get(page_url("edit", article)).status_code == 200
        add_url = reverse(
            "wagtailadmin_pages:add",
            args=["articles", "articlepage", section(ArticleIndexPage).pk],
        )
        assert client.get(add_url).status_code == 200
        assert client.get(reverse("wagtailsnippets_knowledge_theme:add")).status_code == 200
        assert client.get(reverse("wagtailimages:add")).status_code == 200
        assert client.get(reverse("wagtaildocs:add")).status_code == 200
        assert client.get(reverse("search_report")).status_code == 200

    def test_a_publish_request_only_saves_a_draft(self, client, article):
        response = client.post(
            page_url("edit", article),
            article_form_data(article, title="Zelf gepubliceerd?", **{"action-publish": "1"}),
        )
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.title == "Wijkavond in Zuid"
        assert article.get_latest_revision_as_object().title == "Zelf gepubliceerd?"

    def test_cannot_unpublish_delete_or_move_a_published_page_by_its_id(self, client, article):
        for name in ("unpublish", "delete", "move"):
            assert_refused(client.get(page_url(name, article)))
            assert_refused(client.post(page_url(name, article)))
        assert Page.objects.get(pk=article.pk).live

    def test_cannot_delete_taxonomy_or_reach_administration(self, client):
        theme = ThemeFactory(name="Veiligheid")
        assert_refused(
            client.post(reverse("wagtailsnippets_knowledge_theme:delete", args=[theme.pk]))
        )
        assert theme.__class__.objects.filter(pk=theme.pk).exists()
        for url_name in (
            "wagtailusers_users:index",
            "wagtailusers_groups:index",
            "wagtailsites:index",
            "wagtailadmin_workflows:index",
            "wagtailredirects:index",
            "wagtailsearchpromotions:index",
        ):
            assert_refused(client.get(reverse(url_name)))


class TestFinalEditor:
    @pytest.fixture
    def client(self, client, login_as):
        return login_as(FINAL_EDITOR)

    def test_publishes_unpublishes_and_deletes(self, client, article):
        response = client.post(
            page_url("edit", article),
            article_form_data(
                article, title="Wijkavond in Zuid, verslag", **{"action-publish": "1"}
            ),
        )
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.title == "Wijkavond in Zuid, verslag"

        client.post(page_url("unpublish", article))
        article.refresh_from_db()
        assert not article.live

        assert client.get(page_url("delete", article)).status_code == 200
        client.post(page_url("delete", article))
        assert not Page.objects.filter(pk=article.pk).exists()

    def test_cannot_manage_users_or_sites(self, client):
        for url_name in ("wagtailusers_users:index", "wagtailsites:index"):
            assert_refused(client.get(reverse(url_name)))


class TestTranslator:
    @pytest.fixture
    def client(self, client, login_as):
        return login_as(TRANSLATOR)

    def test_cannot_edit_or_publish_dutch_pages_by_their_id(self, client, article):
        for name in ("edit", "unpublish", "delete", "move", "history", "copy"):
            assert_refused(client.get(page_url(name, article)))
        revision = article.latest_revision_id
        assert_refused(client.get(page_url("revisions_revert", article, revision)))
        compare = reverse(
            "wagtailadmin_pages:revisions_compare", args=[article.pk, "earliest", "latest"]
        )
        assert_refused(client.get(compare))
        response = client.post(
            page_url("edit", article),
            article_form_data(article, title="Overschreven", **{"action-publish": "1"}),
        )
        assert_refused(response)
        article.refresh_from_db()
        assert article.title == "Wijkavond in Zuid"

    def test_translates_a_page_and_publishes_the_translation(self, client, article, english):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [english.pk], "include_subtree": ""},
        )
        assert response.status_code == 302
        translation = ArticlePage.objects.get(
            locale=english, translation_key=article.translation_key
        )
        assert not translation.live
        editor = client.get(page_url("edit", translation))
        assert editor.status_code == 200
        assert translation.permissions_for_user(editor.wsgi_request.user).can_publish()
        assert not article.permissions_for_user(editor.wsgi_request.user).can_publish()

    def test_cannot_change_taxonomy(self, client):
        assert_refused(client.get(reverse("wagtailsnippets_knowledge_theme:add")))


class TestAdministrator:
    @pytest.fixture
    def client(self, client, login_as):
        return login_as(ADMINISTRATOR)

    def test_manages_users_groups_sites_workflows_redirects_and_promotions(self, client):
        for url_name in (
            "wagtailusers_users:index",
            "wagtailusers_groups:index",
            "wagtailsites:index",
            "wagtailadmin_workflows:index",
            "wagtailredirects:index",
            "wagtailsearchpromotions:index",
            "wagtaillocales:index",
        ):
            assert client.get(reverse(url_name)).status_code == 200, url_name

    def test_is_not_a_superuser_but_may_delete_pages(self, client, article):
        user = client.get(reverse("wagtailadmin_home")).wsgi_request.user
        assert not user.is_superuser
        assert article.permissions_for_user(user).can_delete()


def test_demo_users_per_role_are_refused_without_debug(settings, db):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("create_demo_admin", stdout=StringIO())
    assert not get_user_model().objects.filter(username__in=[r.lower() for r in ROLES]).exists()


def test_demo_users_try_out_each_role(settings, client, article):
    settings.DEBUG = True
    call_command("create_demo_admin", stdout=StringIO())
    call_command("create_demo_admin", stdout=StringIO())  # running it again changes nothing
    for role in ROLES:
        user = get_user_model().objects.get(username=role.lower())
        assert [group.name for group in user.groups.all()] == [role]
        assert not user.is_superuser
        assert client.login(username=role.lower(), password="wijkkompas-demo")
        client.logout()
    editor = get_user_model().objects.get(username="redacteur")
    assert not article.permissions_for_user(editor).can_publish()


def test_the_roles_migration_can_run_again_and_be_reversed(db):
    roles_migration = importlib.import_module("knowledge.migrations._editorial_setup")
    search_roles = importlib.import_module("search.migrations.0005_editorial_roles_search")
    submission_roles = importlib.import_module("casestudies.migrations._submission_roles")
    alert_report_roles = importlib.import_module("alerts.migrations.0002_editors_see_alert_counts")

    def root_workflow():
        return Page.get_first_root_node().get_workflow().name

    def snapshot():
        return sorted(
            (group.name, group.permissions.count(), group.page_permissions.count())
            for group in Group.objects.filter(name__in=ROLES)
        )

    before = snapshot()
    roles_migration.create_roles(django_apps, None)
    assert snapshot() == before
    assert root_workflow() == "Redactionele controle"

    roles_migration.remove_roles(django_apps, None)
    assert not Group.objects.filter(name__in=ROLES).exists()
    assert root_workflow() == "Moderators approval"

    roles_migration.create_roles(django_apps, None)
    # Migrating the roles forward again re-applies what depends on them, as `migrate` would.
    search_roles.grant(django_apps, None)
    submission_roles.grant(django_apps, None)
    alert_report_roles.grant(django_apps, None)
    assert snapshot() == before
    assert root_workflow() == "Redactionele controle"
