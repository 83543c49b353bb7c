"""Compares two to four method guides side by side, on the facts a policy officer weighs."""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from methods.models import MethodPage

PARAM = "methode"
# The submit button's name, so that submitting the form with nothing ticked is an error too.
SUBMIT = "vergelijk"
MIN_METHODS = 2
MAX_METHODS = 4
ID = re.compile(r"[0-9]{1,18}", re.ASCII)


def comparable_methods(locale):
    """Live, public method guides of the reader's language, the only ones that can be compared."""
    return MethodPage.objects.live().public().filter(locale=locale).order_by("title")


@dataclass
class MethodChoice:
    """The methods a reader ticked: valid ids in the order given, and how many values we ignored."""

    ids: list = field(default_factory=list)
    ignored: int = 0


def read_choice(values, comparable_ids):
    """Keep the ids of comparable methods, each once; count everything else as ignored."""
    choice = MethodChoice()
    for value in values:
        value = value.strip()
        pk = int(value) if ID.fullmatch(value) else None
        if pk in comparable_ids and pk not in choice.ids:
            choice.ids.append(pk)
        else:
            choice.ignored += 1
    return choice


def methods_side_by_side(ids):
    """The chosen methods, in the reader's order, with everything the table shows fetched in
    a fixed number of queries, however many case studies each method has."""
    applied_in = Prefetch(
        "case_studies",
        queryset=CaseStudyPage.objects.live()
        .public()
        .select_related("municipality")
        .order_by("municipality__name", "title"),
        to_attr="compared_applied_in",
    )
    methods = (
        MethodPage.objects.filter(pk__in=ids)
        .select_related("owner_organisation")
        .prefetch_related("target_groups", "intermediate_target_groups", applied_in)
    )
    by_id = {method.pk: method for method in methods}
    return [by_id[pk] for pk in ids if pk in by_id]


def titles_in_words(titles):
    """'A', 'A en B', 'A, B en C' (in English 'A and B')."""
    if len(titles) < 2:
        return "".join(titles)
    return gettext("%(first)s en %(last)s") % {"first": ", ".join(titles[:-1]), "last": titles[-1]}


def choice_error(titles):
    """The message shown beside the checkboxes when the choice cannot be compared, or ''."""
    chosen = titles_in_words(titles)
    if not titles:
        return gettext("Kies minstens twee methoden om te vergelijken. U koos nog geen methode.")
    if len(titles) < MIN_METHODS:
        return gettext(
            "Kies minstens twee methoden om te vergelijken. U koos alleen %(chosen)s."
        ) % {"chosen": chosen}
    if len(titles) > MAX_METHODS:
        return gettext(
            "Kies hoogstens vier methoden om te vergelijken. U koos er %(count)s: %(chosen)s."
        ) % {"count": len(titles), "chosen": chosen}
    return ""


def ignored_notice(count):
    if not count:
        return ""
    return ngettext(
        "We hebben %(count)s keuze overgeslagen: een methode die niet (meer) bestaat, nog niet "
        "is gepubliceerd, in een andere taal is of dubbel was gekozen.",
        "We hebben %(count)s keuzes overgeslagen: een methode die niet (meer) bestaat, nog niet "
        "is gepubliceerd, in een andere taal is of dubbel was gekozen.",
        count,
    ) % {"count": count}


def compare_methods(request):
    """Without a choice, the form; with two to four methods, the comparison table and the form."""
    locale = Locale.get_active()
    options = list(comparable_methods(locale).values_list("pk", "title"))
    titles = dict(options)
    # A link with one method pre-ticks it (as the method page's "compare" link does); it is not yet
    # a request to compare, so it shows no error.
    submitted = SUBMIT in request.GET or len(request.GET.getlist(PARAM)) > 1
    choice = read_choice(request.GET.getlist(PARAM), titles)
    error = choice_error([titles[pk] for pk in choice.ids]) if submitted else ""
    methods = methods_side_by_side(choice.ids) if submitted and not error else []
    return render(
        request,
        "search/compare.html",
        {
            "options": [(pk, title, pk in choice.ids) for pk, title in options],
            "methods": methods,
            "error": error,
            "notice": ignored_notice(choice.ignored),
            "param": PARAM,
            "submit": SUBMIT,
            "min_methods": MIN_METHODS,
            "max_methods": MAX_METHODS,
        },
    )
