"""Create or reset the demo superuser and one demo user per editorial role, on a developer's machine only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from knowledge.editorial.roles import ROLES

USERNAME = "admin"
# A publicly documented demo password (see the Makefile); the DEBUG guard below keeps it out
# of any environment that runs production settings.
PASSWORD = "wijkkompas-demo"  # noqa: S105
EMAIL = "admin@example.org"


class Command(BaseCommand):
    help = (
        "Maakt de demo-beheerder 'admin' en per redactierol een demogebruiker (redacteur, "
        "eindredacteur, vertaler, beheerder) aan of zet hun wachtwoord terug. Werkt alleen met "
        "DEBUG aan, dus nooit met productie-instellingen."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "create_demo_admin weigert te draaien omdat DEBUG uit staat. Deze opdracht maakt "
                "een beheerder met een openbaar bekend wachtwoord en is alleen bedoeld voor "
                "ontwikkelinstellingen (wijkkompas.settings.dev)."
            )
        user, created = get_user_model().objects.get_or_create(username=USERNAME)
        user.email = EMAIL
        user.is_active = True
        user.is_staff = True
        user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        action = "aangemaakt" if created else "bijgewerkt"
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo-beheerder '{USERNAME}' {action}; wachtwoord '{PASSWORD}'. "
                "Alleen voor gebruik op een ontwikkelmachine."
            )
        )
        for role in ROLES:
            self.create_role_user(role)
        self.stdout.write(
            f"Demogebruikers per rol: {', '.join(role.lower() for role in ROLES)} "
            f"(zelfde wachtwoord)."
        )

    def create_role_user(self, role):
        # Someone trying the roles should see exactly what that group allows, nothing more.
        user, _created = get_user_model().objects.get_or_create(username=role.lower())
        user.email = f"{role.lower()}@example.org"
        user.is_active = True
        user.is_staff = False
        user.is_superuser = False
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
