"""`load_demo_content` and `generate_content` refuse the production settings, as
`create_demo_admin` does, unless a throwaway database (the failure drill) allows it explicitly."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.knowledge.test_health_and_failure import CLOSED_PORT

COMMANDS = [["load_demo_content"], ["generate_content", "--pages", "1"]]


def run_under_production(command=COMMANDS[0], **environment):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wijkkompas.settings.production",
        "SECRET_KEY": "test-only-production-key",
        "ALLOWED_HOSTS": "wijkkompas.example",
        # Nothing listens here: a command that got past its refusal fails on the database.
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{CLOSED_PORT}/wijkkompas",
        **environment,
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *command],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_made_up_content_is_refused_under_the_production_settings(command):
    result = run_under_production(command)
    assert result.returncode != 0
    assert "weigert te draaien met productie-instellingen" in result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_a_throwaway_database_may_allow_it(command):
    result = run_under_production(command, WIJKKOMPAS_ALLOW_DEMO_CONTENT="1")
    assert "weigert" not in result.stderr
    # It went on, to the database that is not there.
    assert "connection" in result.stderr.lower()
