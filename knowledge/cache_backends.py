"""Django's Redis cache, made to behave as an empty cache while Redis cannot be reached."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("wijkkompas.cache")

# After a failure, Redis is not asked again for this many seconds: a server that is down (or a
# network that drops packets) would otherwise cost a connection attempt per cache call, several
# per page view.
RETRY_AFTER_SECONDS = 5.0


class ResilientRedisCache(RedisCache):
    """Redis, but a Redis outage is a cache miss instead of a server error.

    Everything in the site that uses the cache (Wagtail's site root paths, the page cache, the
    synonym table, the submission form's rate limit) already copes with an empty cache, so readers
    keep getting pages, only slower. Failures are logged (logger `wijkkompas.cache`) once per
    outage window, not once per call.
    """

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        # Fail fast: a page waits at most this long for a Redis that does not answer.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._down_until = 0.0

    def reachable(self):
        """Whether Redis answers right now (for a health check: a miss cannot tell)."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except self._cache._lib.exceptions.RedisError:
            return False

    def _call(self, operation, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except self._cache._lib.exceptions.RedisError as error:
            if not self._down_until:
                logger.warning("Redis cache unreachable, serving without it: %s", error)
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # An unknown key raises ValueError, as for any backend; callers (django-ratelimit) expect it.
        result = self._call("incr", None, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found (Redis unreachable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
