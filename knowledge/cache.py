"""Django's Redis cache, made harmless when Redis is down: a cache miss instead of an error.

Everything Wijkkompas keeps in the cache (rendered pages, synonyms, rate-limit counters) can be
recomputed or skipped, so a Redis outage must slow the site down, never break it. Each failed
operation is logged and answered as a miss; after a failure Redis is left alone for a few seconds
(per process) so that readers do not each wait for a connection timeout.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("wijkkompas.cache")

REDIS_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
# After a failure, how long every operation is answered as a miss without asking Redis.
PAUSE_SECONDS = 5.0

_paused_until = {}
_lock = threading.Lock()


class TolerantRedisCache(RedisCache):
    """RedisCache whose operations log and ignore connection errors and timeouts.

    Use as ``"BACKEND": "knowledge.cache.TolerantRedisCache"`` with the same LOCATION and OPTIONS
    as Django's RedisCache; set ``socket_connect_timeout`` and ``socket_timeout`` in OPTIONS.
    """

    def _key(self):
        return tuple(self._servers)

    def _paused(self):
        return time.monotonic() < _paused_until.get(self._key(), 0.0)

    def _failed(self, operation, error):
        with _lock:
            first = not self._paused()
            _paused_until[self._key()] = time.monotonic() + PAUSE_SECONDS
        if first:
            logger.warning(
                "Cache unavailable (%s failed: %s); serving without it for %ss",
                operation,
                error,
                PAUSE_SECONDS,
            )

    def _try(self, operation, fallback, *args, **kwargs):
        if self._paused():
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except REDIS_ERRORS as error:
            self._failed(operation, error)
            return fallback

    def ping(self):
        """Ask Redis directly (for /health/); raises if it cannot be reached."""
        try:
            self._cache.get_client(write=True).ping()
        except REDIS_ERRORS as error:
            self._failed("ping", error)
            raise
        _paused_until.pop(self._key(), None)

    def reachable(self):
        """True if Redis answers now."""
        try:
            self.ping()
        except REDIS_ERRORS:
            return False
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._try("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._try("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._try("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._try("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # None, not a number: callers such as django-ratelimit read it as "unknown".
        return self._try("incr", None, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("set_many", [], data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._try("delete_many", None, keys, version)

    def clear(self):
        return self._try("clear", False)
