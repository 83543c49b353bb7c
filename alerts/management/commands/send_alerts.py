"""Mail the daily or weekly digests of e-mail alerts (docs/alerts.md). Run it from a timer."""

from django.core.management.base import BaseCommand, CommandError

from alerts.models import Frequency
from alerts.sending import send_due
from knowledge.operations.jobs import single_run


class Command(BaseCommand):
    help = (
        "Verstuurt de e-mailattenderingen van één frequentie: eerst wat eerder mislukte, dan "
        "elke attendering die aan de beurt is. Draai --frequency daily dagelijks en "
        "--frequency weekly wekelijks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values, required=True)

    def handle(self, *args, frequency, **options):
        # Every node's timer may start it; one run per frequency at a time (knowledge/operations/jobs.py).
        with single_run(f"send_alerts:{frequency}") as acquired:
            if not acquired:
                self.stdout.write(
                    f"send_alerts --frequency {frequency} draait al elders; overgeslagen."
                )
                return
            report = send_due(frequency)
        summary = (
            f"Verstuurd: {report.sent}; mislukt (volgende keer opnieuw): {report.failed}; "
            f"niets nieuws: {report.nothing_new}."
        )
        if report.failed:
            # A non-zero exit makes the timer's unit show as failed, for monitoring.
            raise CommandError(summary)
        self.stdout.write(summary)
