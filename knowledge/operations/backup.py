"""Backups of a PostgreSQL site: a pg_dump of the database, a tarball of the media, a manifest.

The manifest records what the backup holds (pages, live pages, documents, images), counted in the
same database snapshot that pg_dump saves, so a restore can be checked against it. A restore only
ever goes into an empty database: restoring over a live site is a mistake nobody should be able to
make by typing the wrong URL.
"""

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg
from psycopg.conninfo import make_conninfo
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

MANIFEST_VERSION = 1
CONNECT_TIMEOUT_SECONDS = 10


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Database:
    """How to reach one PostgreSQL database: a libpq connection string and its password.

    The password travels in PGPASSWORD, never on a command line where `ps` shows it.
    """

    conninfo: str
    password: str
    name: str

    @classmethod
    def from_settings(cls, settings_dict):
        if settings_dict["ENGINE"] != "django.db.backends.postgresql":
            raise BackupError(
                "Back-ups en herstel werken alleen met PostgreSQL (DATABASE_URL=postgres://…); "
                f"deze database is {settings_dict['ENGINE'].rsplit('.', 1)[-1]}."
            )
        parts = {
            "dbname": settings_dict["NAME"],
            "user": settings_dict.get("USER") or None,
            "host": settings_dict.get("HOST") or None,
            "port": str(settings_dict["PORT"]) if settings_dict.get("PORT") else None,
            "connect_timeout": str(CONNECT_TIMEOUT_SECONDS),
        }
        conninfo = make_conninfo(**{key: value for key, value in parts.items() if value})
        return cls(conninfo, settings_dict.get("PASSWORD") or "", settings_dict["NAME"])

    @classmethod
    def from_url(cls, url):
        try:
            return cls.from_settings(dj_database_url.parse(url))
        except ValueError as error:
            raise BackupError(f"Ongeldige database-URL: {error}") from error

    def environment(self):
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password
        return env

    def connect(self, **kwargs):
        try:
            return psycopg.connect(self.conninfo, password=self.password or None, **kwargs)
        except psycopg.OperationalError as error:
            raise BackupError(f"Kan database {self.name} niet bereiken: {error}") from error


def content_counts(cursor):
    """What a backup holds, counted with plain SQL so that any database can be asked."""
    queries = {
        "pages": f"SELECT count(*) FROM {Page._meta.db_table}",  # noqa: S608
        "live_pages": f"SELECT count(*) FROM {Page._meta.db_table} WHERE live",  # noqa: S608
        "documents": f"SELECT count(*) FROM {get_document_model()._meta.db_table}",  # noqa: S608
        "images": f"SELECT count(*) FROM {get_image_model()._meta.db_table}",  # noqa: S608
    }
    counts = {}
    for name, query in queries.items():
        cursor.execute(query)
        counts[name] = cursor.fetchone()[0]
    return counts


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run_tool(arguments, database):
    """Run pg_dump or pg_restore, turning a failure into a BackupError with its own message."""
    if shutil.which(arguments[0]) is None:
        raise BackupError(f"{arguments[0]} is niet geïnstalleerd (Debian: postgresql-client).")
    result = subprocess.run(  # noqa: S603
        arguments, env=database.environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{arguments[0]} mislukte:\n{result.stderr.strip()}")


def make_backup(database, output_dir, media_root):
    """Dump the database and pack the media into `output_dir`; return the manifest's path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    dump = output_dir / f"wijkkompas-{stamp}.dump"
    media = output_dir / f"wijkkompas-{stamp}-media.tar.gz"
    manifest = output_dir / f"wijkkompas-{stamp}.json"

    # The counts and the dump come from one snapshot: pg_dump joins the transaction's exported
    # snapshot, so pages published meanwhile are in neither or in both.
    with database.connect() as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with connection.transaction(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = content_counts(cursor)
            run_tool(
                [
                    "pg_dump",
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    f"--file={dump}",
                    f"--dbname={database.conninfo}",
                ],
                database,
            )

    with tarfile.open(media, "w:gz") as archive:
        if Path(media_root).is_dir():
            archive.add(media_root, arcname=".")

    manifest.write_text(
        json.dumps(
            {
                "version": MANIFEST_VERSION,
                "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "database": database.name,
                "dump": dump.name,
                "media": media.name,
                "sha256": {dump.name: sha256(dump), media.name: sha256(media)},
                "counts": counts,
            },
            indent=2,
        )
        + "\n"
    )
    return manifest


def read_manifest(path):
    """The manifest with the absolute paths of its files, each checked against its checksum."""
    path = Path(path)
    try:
        manifest = json.loads(path.read_text())
        files = {"dump": path.parent / manifest["dump"], "media": path.parent / manifest["media"]}
        expected = manifest["sha256"]
        manifest["counts"]  # noqa: B018 -- a manifest without counts cannot check a restore
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{path} is geen leesbaar back-upmanifest: {error}") from error
    for name, file in files.items():
        if not file.is_file():
            raise BackupError(f"Het manifest noemt {file}, maar dat bestand ontbreekt ({name}).")
        if sha256(file) != expected.get(file.name):
            raise BackupError(f"{file} is beschadigd: de controlesom klopt niet met het manifest.")
    return manifest, files


def user_relations(cursor):
    """How many tables, views and sequences a database has outside PostgreSQL's own schemas."""
    cursor.execute(
        """
        SELECT count(*) FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg_toast%%'
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        """
    )
    return cursor.fetchone()[0]


def restore_backup(manifest_path, database, media_root=None):
    """Restore a backup into an empty database (and media folder); return the checked counts."""
    manifest, files = read_manifest(manifest_path)
    with database.connect() as connection, connection.cursor() as cursor:
        existing = user_relations(cursor)
    if existing:
        raise BackupError(
            f"Database {database.name} is niet leeg ({existing} tabellen, views of reeksen). "
            "Herstel gaat alleen naar een lege database; maak er een met "
            f"`createdb {database.name}_hersteld` en geef die op."
        )
    if media_root is not None and Path(media_root).exists() and any(Path(media_root).iterdir()):
        raise BackupError(f"De mediamap {media_root} is niet leeg; kies een lege of nieuwe map.")

    run_tool(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={database.conninfo}",
            str(files["dump"]),
        ],
        database,
    )
    with database.connect() as connection, connection.cursor() as cursor:
        counts = content_counts(cursor)
    if counts != manifest["counts"]:
        raise BackupError(
            f"De herstelde database wijkt af van de back-up: {counts} in plaats van "
            f"{manifest['counts']}."
        )

    if media_root is not None:
        Path(media_root).mkdir(parents=True, exist_ok=True)
        with tarfile.open(files["media"], "r:gz") as archive:
            # The "data" filter refuses absolute paths, links out of the folder and devices.
            archive.extractall(media_root, filter="data")
    return counts
