"""The one check every command that writes made-up content makes before it starts."""

from django.conf import settings
from django.core.management.base import CommandError


def refuse_on_a_real_site(command, what):
    """Stop `command`, which would write `what`, under the production settings, unless
    WIJKKOMPAS_ALLOW_DEMO_CONTENT=1 marks the database as a throwaway one."""
    if not settings.WIJKKOMPAS_DEMO_CONTENT_ALLOWED:
        raise CommandError(
            f"{command} weigert te draaien met productie-instellingen: het zou {what} tussen de "
            "echte inhoud zetten. Alleen voor een wegwerpdatabase (zoals scripts/failure-drill.sh) "
            "zet u WIJKKOMPAS_ALLOW_DEMO_CONTENT=1."
        )
