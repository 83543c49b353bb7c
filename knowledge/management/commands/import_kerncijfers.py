"""Import CBS's table Kerncijfers wijken en buurten (CSV) as the context figures of the taxonomy."""

from django.core.management.base import BaseCommand, CommandError

from knowledge.kerncijfers import KerncijfersError, import_file

# How many names of unmatched terms the report lists before it only counts them.
MAX_NAMES_LISTED = 30


class Command(BaseCommand):
    help = (
        "Leest de CBS-tabel Kerncijfers wijken en buurten (CSV, puntkomma's) in als kerncijfers "
        "van gemeenten, wijken en buurten. Het hele bestand wordt eerst gecontroleerd; is één "
        "regel onbruikbaar, dan verandert er niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="BESTAND")
        parser.add_argument(
            "--year",
            type=int,
            help="Het jaar van de tabel, als de bestandsnaam het niet noemt (bijv. 2024).",
        )
        parser.add_argument(
            "--sample",
            action="store_true",
            help=(
                "Het bestand bevat voorbeeldgegevens, geen cijfers van het CBS: de site toont ze "
                "als 'voorbeeldgegevens' en ze vervangen nooit ingelezen CBS-cijfers."
            ),
        )

    def handle(self, *args, file, year=None, sample=False, **options):
        try:
            report = import_file(file, year=year, sample=sample)
        except KerncijfersError as error:
            raise CommandError(f"{file}: {error}") from error
        kind = "voorbeeldgegevens" if sample else "CBS-cijfers"
        self.stdout.write(f"Ingelezen: {report.written} gebieden ({kind}).")
        self.list_terms("Gemeenten met cijfers", report.matched_municipalities)
        self.list_terms("Wijken en buurten met cijfers", report.matched_neighbourhoods)
        if report.unmatched_terms:
            self.stdout.write(
                self.style.WARNING(
                    f"Niet gevonden in het bestand ({len(report.unmatched_terms)}): "
                    + self.names(report.unmatched_terms)
                    + ". Controleer hun CBS-code in het beheer."
                )
            )
        if report.kept_cbs_codes:
            self.stdout.write(
                self.style.WARNING(
                    f"Niet vervangen, omdat er al CBS-cijfers zijn: {', '.join(report.kept_cbs_codes)}."
                )
            )
        self.stdout.write(
            f"Codes zonder gemeente of wijk in de indeling: {report.codes_without_term} "
            "(bewaard voor als ze worden toegevoegd)."
        )
        self.stdout.write(self.style.SUCCESS("Klaar."))

    def list_terms(self, heading, terms):
        self.stdout.write(f"{heading} ({len(terms)}): {self.names(terms) or '—'}")

    @staticmethod
    def names(terms):
        shown = [f"{name} ({code})" for code, name in terms[:MAX_NAMES_LISTED]]
        if len(terms) > MAX_NAMES_LISTED:
            shown.append(f"en nog {len(terms) - MAX_NAMES_LISTED}")
        return ", ".join(shown)
