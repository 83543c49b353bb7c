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
