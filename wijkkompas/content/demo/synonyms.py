"""Search synonyms an editor would start with: the many ways readers write the same thing."""

from search.models import SynonymGroup

SYNONYM_GROUPS = [
    ("nl", "lhbti, lhbti+, lhbtiq+, lhbtqia+, lgbt, lgbtq+, regenboog, queer"),
    ("nl", "wijkagent, buurtagent, wijkpolitie"),
    ("nl", "buurtpreventie, buurtwacht, buurtpreventieteam"),
    ("nl", "sleutelfiguren, sleutelpersonen"),
    ("nl", "jongerenwerk, jeugdwerk"),
]


def build_synonyms():
    """Create the groups that are missing; groups editors changed are left as they are."""
    groups = []
    for language, terms in SYNONYM_GROUPS:
        group, _ = SynonymGroup.objects.get_or_create(language=language, terms=terms)
        groups.append(group)
    return groups
