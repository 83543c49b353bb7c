"""Periodic jobs that every application node may start, but only one runs at a time.

A PostgreSQL advisory lock rather than a lock in the cache: the jobs write to PostgreSQL anyway,
so they need nothing more to be up; the lock belongs to the job's database session, so a node
killed mid-run releases it with its connection and no expiry time has to be guessed (a cache
lock taken with `cache.add` would have to outlive the longest run yet expire after a crash, and
django-redis turns a Redis outage into "lock taken" or "no lock" silently). docs/deployment.md.
"""

import zlib
from contextlib import contextmanager

from django.db import connection


def lock_key(job):
    """The advisory lock's number for a job: the same in every process (hash() is not)."""
    return zlib.crc32(f"wijkkompas:{job}".encode())


@contextmanager
def single_run(job):
    """Yield whether this process may run `job`: False while another session runs it.

    On SQLite (the embedded default, one machine) there is no other node: always True.
    """
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(job)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
