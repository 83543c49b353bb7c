"""Restore a backup made by make_backup into an empty database, and check what it holds."""

from django.core.management.base import BaseCommand, CommandError

from knowledge.operations import backup


class Command(BaseCommand):
    help = (
        "Zet een back-up van make_backup terug in een LEGE PostgreSQL-database en controleert "
        "het aantal pagina's, live pagina's, documenten en afbeeldingen tegen het manifest. Een "
        "database met tabellen wordt geweigerd. Met --media-root worden ook de media uitgepakt "
        "(in een lege map)."
    )

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="het manifest (.json) van de back-up")
        parser.add_argument(
            "--database-url",
            required=True,
            help="de lege doeldatabase, bv. postgres://postgres@127.0.0.1:5432/wijkkompas_hersteld",
        )
        parser.add_argument("--media-root", default=None, help="lege map voor de media")

    def handle(self, *args, manifest, database_url, media_root, **options):
        try:
            database = backup.Database.from_url(database_url)
            counts = backup.restore_backup(manifest, database, media_root)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Hersteld in {database.name}: {counts['pages']} pagina's "
                f"({counts['live_pages']} live), {counts['documents']} documenten, "
                f"{counts['images']} afbeeldingen — gelijk aan de back-up."
            )
        )
        if media_root is None:
            self.stdout.write("Media niet uitgepakt (geef --media-root op om dat te doen).")
