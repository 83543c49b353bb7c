"""Choice labels (`get_status_display()` and the like) without rebuilding the field's choices.

Django builds a dict of a field's choices on every `get_FOO_display()` call; a method page shows
a dozen case studies with their status, so that added up. The labels stay lazy translations:
the dict is kept, each label is still translated into the reader's language when shown.
"""

import functools

from django.utils.encoding import force_str
from django.utils.hashable import make_hashable


@functools.cache
def choice_labels(field):
    return dict(make_hashable(field.flatchoices))


class QuickChoiceLabels:
    """Model mixin: Django's `_get_FIELD_display` with the field's choices read once."""

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        return force_str(choice_labels(field).get(make_hashable(value), value), strings_only=True)
