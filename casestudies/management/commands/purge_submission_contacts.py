"""Remove contact details of "Deel uw praktijk" submissions once the privacy note's term has passed."""

import calendar

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from casestudies.models import PracticeSubmission
from casestudies.submissions.models import SubmissionStatus
from knowledge.operations.jobs import single_run


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the 31st becomes the month's end)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def expired_contacts(now=None):
    """Handled submissions whose contact details have outlived the stated term."""
    now = now or timezone.now()
    cutoff = months_before(now, settings.WIJKKOMPAS_SUBMISSION_CONTACT_RETENTION_MONTHS)
    return PracticeSubmission.objects.filter(
        status=SubmissionStatus.HANDLED, handled_at__lte=cutoff
    ).exclude(contact_name="", contact_email="", contact_phone="")


class Command(BaseCommand):
    help = (
        "Verwijdert naam, e-mailadres en telefoonnummer uit inzendingen 'Deel uw praktijk' die "
        "langer dan de bewaartermijn geleden zijn afgehandeld. De beschrijving blijft bewaard. "
        "Draai dit dagelijks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Alleen tellen, niets verwijderen."
        )

    def handle(self, *args, dry_run=False, **options):
        # Every node's timer may start it; one run at a time (knowledge/operations/jobs.py).
        with single_run("purge_submission_contacts") as acquired:
            if not acquired:
                self.stdout.write("purge_submission_contacts draait al elders; overgeslagen.")
                return
            self.purge(dry_run)

    def purge(self, dry_run):
        submissions = list(expired_contacts())
        if not dry_run:
            for submission in submissions:
                submission.remove_contact_details()
        verb = "Zou verwijderen" if dry_run else "Verwijderd"
        self.stdout.write(f"{verb}: contactgegevens van {len(submissions)} inzending(en).")
