"""Wagtail's publish_scheduled, run by one node at a time (knowledge/operations/jobs.py).

Every node's timer may start it each minute; two runs at once would both publish the same
revision (two log entries, two purges, two notifications), so a second run steps aside.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from knowledge.operations.jobs import single_run


class Command(WagtailCommand):
    help = "Publishes and unpublishes pages whose go-live or expiry time has come (one node at a time)."

    def handle(self, *args, **options):
        with single_run("publish_scheduled") as acquired:
            if not acquired:
                self.stdout.write("publish_scheduled draait al elders; overgeslagen.")
                return
            super().handle(*args, **options)
