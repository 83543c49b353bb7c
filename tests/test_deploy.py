"""The deployment recipe in deploy/ kept in step with the code: every variable production reads is
in the environment example, and every periodic job has its systemd timer and its place in the
containers' job loop (docs/deployment.md)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
# Where production reads its environment: the settings it loads and the storage they build.
SETTINGS_SOURCES = [
    ROOT / "wijkkompas" / "settings" / "base.py",
    ROOT / "wijkkompas" / "settings" / "production.py",
    ROOT / "knowledge" / "operations" / "storage.py",
]
# `environ.get("X"`, `environ["X"`, `required_env("X"`, and storage's ("WIJKKOMPAS_S3_…", option).
READ = re.compile(
    r"""(?:(?:environ\.get\(|environ\[|required_env\()\s*["']([A-Z][A-Z0-9_]+)["']"""
    r"""|\(\s*["'](WIJKKOMPAS_[A-Z0-9_]+)["'])"""
)
EXAMPLE_LINE = re.compile(r"^#?([A-Z][A-Z0-9_]+)=", re.MULTILINE)


def variables_read():
    names = set()
    for source in SETTINGS_SOURCES:
        for match in READ.finditer(source.read_text()):
            names.add(match.group(1) or match.group(2))
    return names


def periodic_commands():
    """Management commands every node's timer may start: those that take a job lock."""
    return sorted(
        path.stem
        for path in ROOT.glob("*/management/commands/*.py")
        if "single_run(" in path.read_text()
    )


def test_the_environment_example_names_every_variable_production_reads():
    example = set(EXAMPLE_LINE.findall((DEPLOY / "wijkkompas.env.example").read_text()))
    read = variables_read()

    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "WIJKKOMPAS_S3_BUCKET"} <= read
    assert read - example == set()


def test_the_known_periodic_jobs_take_the_job_lock():
    assert {
        "publish_scheduled",
        "purge_submission_contacts",
        "send_alerts",
        "purge_unconfirmed_alerts",
    } <= set(periodic_commands())


@pytest.mark.parametrize("command", periodic_commands())
def test_every_periodic_job_has_a_systemd_timer_and_runs_in_the_containers(command):
    services = [
        path
        for path in (DEPLOY / "systemd").glob("*.service")
        if re.search(rf"^ExecStart=.*manage\.py {command}( .*)?$", path.read_text(), re.MULTILINE)
    ]
    # A command may run in more than one rhythm (send_alerts daily and weekly): a unit each.
    assert services, f"no systemd service runs {command}"
    for service in services:
        timer = service.with_suffix(".timer")
        assert timer.exists(), f"{service.name} has no timer"
        assert re.search(r"^OnCalendar=\S", timer.read_text(), re.MULTILINE)

    assert f"python manage.py {command}" in (DEPLOY / "compose" / "compose.yaml").read_text()
    assert f"`{command}`" in (ROOT / "docs" / "deployment.md").read_text()


def test_the_container_image_holds_every_package_the_project_installs():
    """A package left out of the image (the project shell, a new app) is a node that cannot start."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    include = re.search(r"\[tool\.setuptools\.packages\.find\]\s*include = \[(.*?)\]", pyproject)
    packages = {name.rstrip("*") for name in re.findall(r'"([\w*]+)"', include.group(1))}
    copied = set(re.findall(r"^COPY (\w+) \1$", (DEPLOY / "Dockerfile").read_text(), re.MULTILINE))

    assert {"wijkkompas", "knowledge", "articles", "alerts"} <= packages
    assert packages - copied == set()
    assert "templates" in copied
