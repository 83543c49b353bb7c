"""Back up the site: pg_dump of the PostgreSQL database, the media folder, and a manifest."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from knowledge.operations import backup


class Command(BaseCommand):
    help = (
        "Maakt een back-up in MAP: de database (pg_dump, custom format), de mediamap als "
        ".tar.gz en een manifest (JSON) met het aantal pagina's, live pagina's, documenten en "
        "afbeeldingen, waarmee restore_backup het herstel controleert. Alleen PostgreSQL."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="map voor de back-upbestanden")
        parser.add_argument("--media-root", default=None, help="de mediamap (standaard MEDIA_ROOT)")

    def handle(self, *args, output, media_root, **options):
        try:
            database = backup.Database.from_settings(connection.settings_dict)
            manifest = backup.make_backup(database, output, media_root or settings.MEDIA_ROOT)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Back-up gemaakt: {manifest}"))
