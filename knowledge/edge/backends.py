"""A frontend-cache backend for Varnish with the xkey module: purges by surrogate key.

Configured like Wagtail's own HTTPBackend, in WAGTAILFRONTENDCACHE:

    {"varnish": {"BACKEND": "knowledge.edge.backends.XkeyBackend",
                 "LOCATION": "http://127.0.0.1:8080"}}

`purge_keys` sends one PURGE request per batch of keys, with the keys in an `xkey-purge` header
(deploy/varnish/wijkkompas.vcl answers it with `xkey.purge`). `purge` (a single URL, as Wagtail
asks for it) is Wagtail's HTTPBackend's own. A purge that fails is logged, never raised: the
change is already committed, and the edge keeps a page no longer than its TTL.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wijkkompas.edge")

# Keys per PURGE request: the header stays well below Varnish's 8 KB default for one header.
BATCH_SIZE = 100
TIMEOUT_SECONDS = 2


class XkeyBackend(HTTPBackend):
    def __init__(self, params):
        self.location = params["LOCATION"].rstrip("/")
        super().__init__(params)

    def purge_keys(self, surrogate_keys):
        surrogate_keys = list(surrogate_keys)
        for start in range(0, len(surrogate_keys), BATCH_SIZE):
            batch = " ".join(surrogate_keys[start : start + BATCH_SIZE])
            request = Request(  # noqa: S310 - the configured LOCATION of the cache
                self.location + "/", method="PURGE", headers={"xkey-purge": batch}
            )
            try:
                with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                    logger.info("Purged %s: %s", batch, response.headers.get("X-Purged", ""))
            except (URLError, OSError) as error:
                logger.error("Could not purge %s from %s: %s", batch, self.location, error)
