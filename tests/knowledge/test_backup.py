"""A backup restores into an empty database with every page, and never over an existing one.

Runs only on PostgreSQL (DATABASE_URL=postgres://…): pg_dump and pg_restore have no SQLite side.
"""

import json
import uuid

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from knowledge.operations.backup import Database
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

# pg_dump reads from its own connection, so the test's pages must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_tree(db):
    """The site skeleton, after putting back what an earlier transactional test flushed."""
    restore_migration_data()
    return ensure_site_tree()


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("Backups need PostgreSQL: run with DATABASE_URL=postgres://… to test them")
    return Database.from_settings(connection.settings_dict)


@pytest.fixture
def empty_database(postgresql):
    """A new, empty database next to the test database, dropped afterwards."""
    name = f"wk_restore_{uuid.uuid4().hex[:12]}"
    settings = dict(connection.settings_dict, NAME="postgres")
    admin = Database.from_settings(settings)
    with admin.connect(autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    user = settings.get("USER") or "postgres"
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    yield f"postgres://{user}{password}@{host}:{port}/{name}"
    with admin.connect(autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def site_with_pages(site_tree):
    for title in ("Samen in de Wijk", "Alle Kleuren"):
        MethodPageFactory(parent=site_tree.sections[MethodIndexPage], title=title)
    MethodPageFactory(parent=site_tree.sections[MethodIndexPage], title="Concept", live=False)


def test_a_backup_restores_into_an_empty_database_with_every_page(
    postgresql, site_with_pages, empty_database, tmp_path, capsys
):
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "wijk.jpg").write_bytes(b"\xff\xd8 een foto")

    call_command("make_backup", output=str(tmp_path / "backup"), media_root=str(media))
    manifest_path = next((tmp_path / "backup").glob("*.json"))
    manifest = json.loads(manifest_path.read_text())
    call_command(
        "restore_backup",
        str(manifest_path),
        database_url=empty_database,
        media_root=str(tmp_path / "restored-media"),
    )

    with psycopg.connect(empty_database) as restored:
        titles = {
            row[0]
            for row in restored.execute(
                "SELECT title FROM wagtailcore_page WHERE live ORDER BY title"
            )
        }
    assert {"Samen in de Wijk", "Alle Kleuren"} <= titles
    assert "Concept" not in titles
    counts = manifest["counts"]
    assert counts["pages"] >= counts["live_pages"] + 1  # the draft
    assert f"{counts['pages']} pagina's ({counts['live_pages']} live)" in capsys.readouterr().out
    assert (tmp_path / "restored-media" / "original_images" / "wijk.jpg").read_bytes() == (
        b"\xff\xd8 een foto"
    )


def test_a_restore_into_a_database_with_tables_is_refused(
    postgresql, site_tree, empty_database, tmp_path
):
    call_command("make_backup", output=str(tmp_path), media_root=str(tmp_path / "no-media"))
    manifest_path = next(tmp_path.glob("*.json"))
    with psycopg.connect(empty_database) as target:
        target.execute("CREATE TABLE iets_belangrijks (id int)")

    with pytest.raises(CommandError, match="is niet leeg"):
        call_command("restore_backup", str(manifest_path), database_url=empty_database)

    with psycopg.connect(empty_database) as target:
        tables = target.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()[0]
    assert tables == 1


def test_a_damaged_backup_is_refused_before_anything_is_restored(
    postgresql, site_tree, empty_database, tmp_path
):
    call_command("make_backup", output=str(tmp_path), media_root=str(tmp_path / "no-media"))
    manifest_path = next(tmp_path.glob("*.json"))
    dump = next(tmp_path.glob("*.dump"))
    dump.write_bytes(dump.read_bytes()[:-100])

    with pytest.raises(CommandError, match="beschadigd"):
        call_command("restore_backup", str(manifest_path), database_url=empty_database)


def test_make_backup_explains_that_it_needs_postgresql(db):
    if connection.vendor == "postgresql":
        pytest.skip("Checks the message on SQLite")
    with pytest.raises(CommandError, match="alleen met PostgreSQL"):
        call_command("make_backup", output="/tmp/niet-gebruikt")  # noqa: S108
