"""Writers that meet in the database: transaction conflicts retried, and the page tree's child
counts kept right while editors publish the very pages others add children to."""

import logging
import random
import time

from django.db import OperationalError, connection, transaction
from django.db.models import F
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page

logger = logging.getLogger("wijkkompas.concurrency")

# PostgreSQL's serialization_failure and deadlock_detected: the transaction lost a race and
# was rolled back; running it again is the documented remedy.
CONFLICT_SQLSTATES = {"40001", "40P01"}
ATTEMPTS = 5


def sqlstate(error):
    """The SQLSTATE of a database error Django raised, or None (e.g. no connection at all)."""
    return getattr(error.__cause__, "sqlstate", None)


def is_transaction_conflict(error):
    return isinstance(error, OperationalError) and sqlstate(error) in CONFLICT_SQLSTATES


def run_in_transaction(function, *args, **kwargs):
    """Run `function` in a transaction, again (up to ATTEMPTS times) if it loses a deadlock or a
    serialization conflict to another writer. Inside an outer transaction there is nothing to
    retry (the outer one is rolled back), so it runs once."""
    if connection.in_atomic_block:
        with transaction.atomic():
            return function(*args, **kwargs)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction.atomic():
                return function(*args, **kwargs)
        except OperationalError as error:
            if attempt == ATTEMPTS or not is_transaction_conflict(error):
                raise
            logger.warning("Transaction conflict (%s), attempt %s: retrying", error, attempt)
            # Random back-off, so the writers that collided do not collide again.
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # noqa: S311
    return None


@receiver(pre_save, dispatch_uid="wijkkompas-keep-numchild")
def keep_the_stored_child_count(sender, instance, raw=False, update_fields=None, **kwargs):
    """A full save of a page (publishing one does it) writes every column, numchild included,
    from the copy loaded at the start of the request: a child added meanwhile, say a submission
    under the case-study index, would be forgotten and the tree corrupt (`fixtree`). Only the
    tree itself (treebeard) changes the count, so a save of the page keeps what is stored:
    the UPDATE writes `numchild = numchild`."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and "numchild" not in update_fields:
        return
    instance.numchild = F("numchild")


@receiver(post_save, dispatch_uid="wijkkompas-reload-numchild")
def reload_the_stored_child_count(sender, instance, raw=False, **kwargs):
    if isinstance(instance, Page) and isinstance(instance.numchild, F):
        instance.refresh_from_db(fields=["numchild"])
