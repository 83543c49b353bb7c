"""Remove alert subscriptions nobody confirmed within a week, address and all (docs/alerts.md)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from alerts.models import Subscription
from knowledge.operations.jobs import single_run


def unconfirmed_expired(now=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.WIJKKOMPAS_ALERT_UNCONFIRMED_DAYS)
    return Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)


class Command(BaseCommand):
    help = (
        "Verwijdert aanmeldingen voor e-mailattenderingen die niet binnen een week zijn "
        "bevestigd, met het e-mailadres. Draai dit dagelijks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Alleen tellen, niets verwijderen."
        )

    def handle(self, *args, dry_run=False, **options):
        with single_run("purge_unconfirmed_alerts") as acquired:
            if not acquired:
                self.stdout.write("purge_unconfirmed_alerts draait al elders; overgeslagen.")
                return
            expired = unconfirmed_expired()
            if dry_run:
                self.stdout.write(
                    f"Zou verwijderen: {expired.count()} onbevestigde aanmelding(en)."
                )
                return
            _total, by_model = expired.delete()
            deleted = by_model.get("alerts.Subscription", 0)
            self.stdout.write(f"Verwijderd: {deleted} onbevestigde aanmelding(en).")
