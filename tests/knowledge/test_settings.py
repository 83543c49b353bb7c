"""Production settings refuse to start without their secrets; the defaults need no server."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-for-the-test-only",
    "DATABASE_URL": "postgres://wijkkompas@db.example.org/wijkkompas",
    "ALLOWED_HOSTS": "wijkkompas.example.org",
}


def load_settings(module, env):
    """Import a settings module in a fresh interpreter, as the server would at start-up."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV and key != "DJANGO_SETTINGS_MODULE"
    }
    return subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE']); print(settings.ALLOWED_HOSTS)",
        ],
        cwd=ROOT,
        env={**clean_env, **env, "DJANGO_SETTINGS_MODULE": module},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_each_required_variable(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = load_settings("wijkkompas.settings.production", env)
    assert result.returncode != 0
    assert f"Set the environment variable {missing}" in result.stderr


def test_production_starts_with_its_environment():
    result = load_settings("wijkkompas.settings.production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout
    assert "wijkkompas.example.org" in result.stdout


def test_development_default_is_sqlite_without_any_server():
    result = load_settings("wijkkompas.settings.dev", {"DATABASE_URL": ""})
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout
