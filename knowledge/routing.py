"""Finds the page for a URL in two queries, where Wagtail's routing takes two per path segment.

Wagtail walks the tree one segment at a time: fetch the child with this slug, fetch its specific
page, ask it to route the rest. For `/nl/methoden/alle-kleuren/` that is four queries before the
page is known. Here one query fetches every page on the path by slug and tree position, a second
fetches the last one as its own type (with the foreign keys its `served_with` names), and that
page routes what is left (a routable page's sub-path, such as `onepager/`). The outcome is the
same as Wagtail's: when a page on the way routes its children itself, the walk is left to
Wagtail.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def routes_children_itself(model):
    """True if `model` overrides how its children are found (routable pages do)."""
    return model.route is not Page.route


def pages_on_path(root, components):
    """The pages below `root` whose slugs form `components`, as far as the path leads: a list
    of (page id, content type id), one per segment found."""
    candidates = Page.objects.filter(
        slug__in=set(components),
        path__startswith=root.path,
        depth__gt=root.depth,
        depth__lte=root.depth + len(components),
    ).values_list("pk", "path", "depth", "slug", "content_type_id")
    found = []
    parent_path = root.path
    for position, slug in enumerate(components, start=1):
        page = next(
            (
                candidate
                for candidate in candidates
                if candidate[2] == root.depth + position
                and candidate[3] == slug
                and candidate[1].startswith(parent_path)
            ),
            None,
        )
        if page is None:
            break
        found.append((page[0], page[4]))
        parent_path = page[1]
    return found


class RouteInOneStep:
    """Mixin for the site's root page: routes the whole path in two queries where it can."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        found = pages_on_path(self, path_components)
        models = [ContentType.objects.get_for_id(type_id).model_class() for _, type_id in found]
        if not found or None in models or any(map(routes_children_itself, models[:-1])):
            return super().route(request, path_components)
        page_id, model = found[-1][0], models[-1]
        related = ("locale", *getattr(model, "served_with", ()))
        page = model.objects.select_related(*related).get(pk=page_id)
        return page.route(request, path_components[len(found) :])
