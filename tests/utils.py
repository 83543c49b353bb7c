"""Helpers for tests that act as a real editor: users in the editorial groups and edit-form data."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

PASSWORD = "correct horse battery staple"  # noqa: S105


def create_user_in_role(role, username=None):
    """A non-superuser account whose only rights come from one editorial group."""
    user = get_user_model().objects.create_user(
        username=username or role.lower(),
        email=f"{(username or role).lower()}@example.org",
        password=PASSWORD,
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def article_form_data(page, *, title=None, paragraph="Een alinea over de wijk.", **extra):
    """What the admin's edit form posts for an article, with the real block names."""
    data = nested_form_data(
        {
            "title": title or page.title,
            "slug": page.slug,
            "intro": page.intro,
            "article_type": page.article_type,
            "body": streamfield([("paragraph", rich_text(f"<p>{paragraph}</p>"))]),
            "related_pages": streamfield([]),
            "downloads": streamfield([]),
        }
    )
    data.update(extra)
    return data


def assert_refused(response):
    """Wagtail refuses with a 403, or by sending the user back to the dashboard with a message."""
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home"), response.url
    else:
        assert response.status_code == 403, response.status_code


def restore_migration_data():
    """Put back the rows the migrations create (locales, the root page and collection) if a
    transactional test's flush removed them.

    Tests with committed data (live_server, pg_dump) run as transactional tests, after which
    Django empties every table. serialized_rollback was tried and, on PostgreSQL with other
    database tests in the same run, the connection no longer held the serialized copy, so the
    next transactional test started without locales; putting the few rows back is dependable.
    """
    from wagtail.models import Collection, Locale, Page

    for code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
