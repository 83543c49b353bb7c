"""Settings shared by every environment; environment-specific modules override them."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from knowledge.operations.storage import media_storages
from search.backends.config import search_backend_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("WIJKKOMPAS_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "knowledge",
    "methods",
    "casestudies",
    "articles",
    "search",
    "opendata",
    "wijkkompas.content",
    "alerts",
    "django_ratelimit",
    "axes",
    "csp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: it sets the caching headers and surrogate keys from everything the others added
    # (knowledge/edge/, docs/caching.md).
    "knowledge.edge.middleware.EdgeCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files under gunicorn, with far-future caching of their hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy and frame options: one policy for the public site, one for /admin/.
    "knowledge.http.security.SecurityHeadersMiddleware",
    # Outside everything that may query the database (but inside the headers, which the 503
    # page gets too): a lost database becomes a static 503.
    "knowledge.http.outage.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a login refused by the brute-force lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wijkkompas.urls"
WSGI_APPLICATION = "wijkkompas.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The embedded default is SQLite; DATABASE_URL (postgres://…) selects a server.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the primary language, English a translation.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "knowledge" / "locale"]
# Submitting a page for translation makes a draft: readers only see a translation once a
# translator publishes it, never a copy still in Dutch.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# "default" and "submissions" are set in "Media storage" below.
STORAGES = {
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Wijkkompas"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Search: Wagtail's database backend (language-aware on PostgreSQL) unless an Elasticsearch
# cluster is configured; then one index per language, with the database backend as the fallback.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
_search = search_backend_settings(
    ELASTICSEARCH_URL,
    index_prefix=os.environ.get("ELASTICSEARCH_INDEX", "wijkkompas"),
    languages=[code for code, _name in LANGUAGES],
)
WAGTAILSEARCH_BACKENDS = _search.backends
WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE = _search.by_language
WIJKKOMPAS_SEARCH_FALLBACK_BACKEND = _search.fallback

REDIS_URL = os.environ.get("REDIS_URL", "")
# Django's own Redis backend increments atomically; django-ratelimit merely does not list it.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if REDIS_URL:
    # Shared by every worker and machine. Everything kept there (search totals, rate-limit
    # counters) can be recomputed or skipped, so a Redis outage is answered as a cache miss
    # (django-redis's IGNORE_EXCEPTIONS), and short socket timeouts keep a dead Redis from
    # holding up readers.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "wijkkompas.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # A local-memory cache is per process: good enough for `make run`; production sets REDIS_URL
    # so that the submission rate limit is shared by every worker.
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# The edge (docs/caching.md): Varnish, or a CDN that purges by surrogate key, in front. Each
# address in WIJKKOMPAS_VARNISH_URLS (comma-separated, one per Varnish) receives the purges.
WAGTAILFRONTENDCACHE = {
    f"varnish-{number}": {"BACKEND": "knowledge.edge.backends.XkeyBackend", "LOCATION": url}
    for number, url in enumerate(
        url.strip() for url in os.environ.get("WIJKKOMPAS_VARNISH_URLS", "").split(",")
    )
    if url
}
# How long the edge keeps a public page (purges keep it fresh meanwhile), and how long a
# browser may use its copy without asking again.
WIJKKOMPAS_EDGE_TTL = int(os.environ.get("WIJKKOMPAS_EDGE_TTL", str(24 * 3600)))
WIJKKOMPAS_BROWSER_MAX_AGE = int(os.environ.get("WIJKKOMPAS_BROWSER_MAX_AGE", "0"))

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "wijkkompas": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # WeasyPrint warns about every screen-only CSS rule of the site stylesheet it skips.
        "weasyprint": {"level": "ERROR"},
    },
}

# The most pages a text search counts and pages through; beyond it the page says "more than".
WIJKKOMPAS_SEARCH_MAX_MATCHES = 10_000

# Editorial workflow (see knowledge/migrations/0003_editorial_roles.py): an edit made while a
# page is in moderation sends it through every step again, and deleting ten pages or more at
# once asks the editor to type the site name.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT = 10
# "Deel uw praktijk": uploaded files live outside MEDIA_ROOT, so no web server serves them;
# editors download them through the admin ("Media storage" below).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
WIJKKOMPAS_SUBMISSION_RATE = os.environ.get("WIJKKOMPAS_SUBMISSION_RATE", "5/h")
WIJKKOMPAS_SUBMISSION_POST_RATE = os.environ.get("WIJKKOMPAS_SUBMISSION_POST_RATE", "30/h")
WIJKKOMPAS_SUBMISSION_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WIJKKOMPAS_SUBMISSION_CONTACT_RETENTION_MONTHS = 12
WIJKKOMPAS_SUBMISSION_NOTIFY_EMAILS = [
    address.strip()
    for address in os.environ.get("WIJKKOMPAS_SUBMISSION_NOTIFY_EMAILS", "").split(",")
    if address.strip()
]

# E-mail alerts (alerts/, docs/alerts.md): per-IP limits on the subscribe form (every post, and
# accepted requests), confirmation mails per address, how long a confirm link works and when an
# unconfirmed address is removed, and how often a digest is tried before the next run.
WIJKKOMPAS_ALERT_POST_RATE = os.environ.get("WIJKKOMPAS_ALERT_POST_RATE", "30/h")
WIJKKOMPAS_ALERT_RATE = os.environ.get("WIJKKOMPAS_ALERT_RATE", "10/h")
WIJKKOMPAS_ALERT_PER_ADDRESS_RATE = os.environ.get("WIJKKOMPAS_ALERT_PER_ADDRESS_RATE", "3/d")
WIJKKOMPAS_ALERT_CONFIRM_DAYS = 3
WIJKKOMPAS_ALERT_UNCONFIRMED_DAYS = 7
WIJKKOMPAS_ALERT_SEND_ATTEMPTS = 3
WIJKKOMPAS_ALERT_RETRY_SECONDS = 5
WIJKKOMPAS_ALERT_MAX_ATTEMPTS = 30
# The outline of the Netherlands on the implementation map: the TopoJSON that the npm package
# world-atlas ships, installed by `make install` (docs/implementation-map.md).
WIJKKOMPAS_WORLD_ATLAS = Path(
    os.environ.get(
        "WIJKKOMPAS_WORLD_ATLAS", BASE_DIR / "node_modules" / "world-atlas" / "countries-50m.json"
    )
)

# Open data (opendata/): the read-only API's largest page of results and its per-address rate
# limit, and the licence the content is published under (named on /open-data/, in the JSON
# export and in the exports' Link header). Set the licence to what the content owners agreed.
WAGTAILAPI_LIMIT_MAX = 50
WIJKKOMPAS_API_RATE = os.environ.get("WIJKKOMPAS_API_RATE", "600/hour")
WIJKKOMPAS_OPEN_DATA_LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}

# --- Honest about failure (knowledge/http/outage.py, knowledge/http/health.py) ---------------------------
# A database that does not answer fails fast: pages get the static 503 page and /health/ a 503
# within a few seconds instead of hanging.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
    )
# With Redis down the rate-limit counters cannot be read; django-ratelimit would then refuse
# every submission of "Deel uw praktijk". The honeypot and CSRF checks still apply.
RATELIMIT_FAIL_OPEN = True

# --- Security (see docs/security.md) -----------------------------------------------------------
# Headers every response carries; HSTS is only sent over HTTPS, so it is harmless in development.
SECURE_HSTS_SECONDS = 31_536_000
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Wagtail's admin reads the CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp 4). The public site runs no inline script or style at all:
# its only script is a static file (search autocomplete), so XSS in content cannot execute.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# Wagtail's admin still needs inline scripts and styles (and eval in its bundled libraries),
# blob: image previews while uploading, and frames its own previews; it is only for logged-in
# editors. knowledge.http.security.SecurityHeadersMiddleware applies it to WIJKKOMPAS_ADMIN_PATH.
WIJKKOMPAS_ADMIN_PATH = "/admin/"
WIJKKOMPAS_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [_SELF],
    "script-src": [_SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:"],
    "font-src": [_SELF, "data:"],
    "connect-src": [_SELF],
    "worker-src": [_SELF, "blob:"],
    "frame-src": [_SELF],
    "object-src": [_NONE],
    "base-uri": [_SELF],
    "form-action": [_SELF],
    "frame-ancestors": [_SELF],
}
# The admin makes no requests to third parties: no avatars from gravatar.com and no version
# check against wagtail.org from the dashboard (both would also be blocked by connect/img-src).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Uploads. Documents are always downloaded (Content-Disposition: attachment), never shown inline,
# so an uploaded file cannot run in the site's origin; only office formats, PDF, CSV and text
# are accepted. Images: bitmap formats only, no SVG (it can carry script).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# Brute-force protection of the admin login (django-axes): after AXES_FAILURE_LIMIT wrong
# passwords for one username from one IP address, that combination is locked out for
# AXES_COOLOFF_TIME. Other users and other addresses can still log in.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("WIJKKOMPAS_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("WIJKKOMPAS_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "knowledge.http.security.login_locked_out"
# The visitor's address: see AXES_CLIENT_IP_CALLABLE below.

# /.well-known/security.txt (RFC 9116): where to report a vulnerability.
WIJKKOMPAS_SECURITY_CONTACT = os.environ.get(
    "WIJKKOMPAS_SECURITY_CONTACT", "mailto:security@wijkkompas.nl"
)

# --- One client address for every per-address limit (knowledge/http/addresses.py) ------------------
# Behind a reverse proxy, set WIJKKOMPAS_PROXY_COUNT to the number of proxies in front of the
# site: the visitor is then read from X-Forwarded-For, that many entries from the right, and
# nothing the client wrote further left is believed. The API throttle, the submission form,
# the admin login (django-axes and the limits below) and the password reset all use it.
WIJKKOMPAS_PROXY_COUNT = int(os.environ.get("WIJKKOMPAS_PROXY_COUNT", "0"))
RATELIMIT_IP_META_KEY = "knowledge.http.addresses.client_address"
AXES_CLIENT_IP_CALLABLE = "knowledge.http.addresses.client_address"

# --- Limits on the admin login and password reset (knowledge/http/login_limits.py) -----------------
# Every login post costs a password hash, even for a user name that does not exist, so login
# posts per address are limited before any hashing; failed logins per address, over every user
# name, stop password spraying (django-axes only counts one user name per address); and the
# password-reset form sends a bounded number of mails per address and per e-mail address.
WIJKKOMPAS_LOGIN_POST_RATE = os.environ.get("WIJKKOMPAS_LOGIN_POST_RATE", "20/m")
WIJKKOMPAS_LOGIN_FAILURE_RATE = os.environ.get("WIJKKOMPAS_LOGIN_FAILURE_RATE", "30/h")
WIJKKOMPAS_PASSWORD_RESET_RATE = os.environ.get("WIJKKOMPAS_PASSWORD_RESET_RATE", "5/h")
WIJKKOMPAS_PASSWORD_RESET_PER_EMAIL_RATE = os.environ.get(
    "WIJKKOMPAS_PASSWORD_RESET_PER_EMAIL_RATE", "3/h"
)

# --- Bounded database work (knowledge/http/outage.py, knowledge/http/health.py) --------------------------
# A query that cannot finish in a bounded time (a table locked by a migration or a stuck job,
# a runaway query) is cancelled by PostgreSQL: the page gets the 503 page within seconds instead
# of a worker hanging until gunicorn kills it. Long maintenance commands may run with
# DATABASE_STATEMENT_TIMEOUT_MS=0 (no limit).
WIJKKOMPAS_DATABASE_STATEMENT_TIMEOUT_MS = int(
    os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS", "15000")
)
WIJKKOMPAS_DATABASE_LOCK_TIMEOUT_MS = int(os.environ.get("DATABASE_LOCK_TIMEOUT_MS", "5000"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={WIJKKOMPAS_DATABASE_STATEMENT_TIMEOUT_MS}"
        f" -c lock_timeout={WIJKKOMPAS_DATABASE_LOCK_TIMEOUT_MS}"
    )

# --- Demo content (wijkkompas/content/management/commands/load_demo_content.py) -------------------------
# Allowed everywhere except under the production settings, which switch it off.
WIJKKOMPAS_DEMO_CONTENT_ALLOWED = True

# --- Permissions-Policy (knowledge.http.security.SecurityHeadersMiddleware) -------------------------
# The site uses no camera, microphone, location, payment or other powerful browser feature, and
# lets no frame use them either.
WIJKKOMPAS_PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)

# --- Media storage (knowledge/operations/storage.py, docs/storage.md) ------------------------------------
# Local folders (MEDIA_ROOT, PRIVATE_MEDIA_ROOT) unless WIJKKOMPAS_S3_BUCKET names an
# S3-compatible bucket: then images, renditions, documents and one-pager PDFs go there, and
# submission attachments to WIJKKOMPAS_S3_PRIVATE_BUCKET (or a private prefix of the same
# bucket), so that every application node serves every file.
STORAGES.update(media_storages(os.environ, MEDIA_ROOT, PRIVATE_MEDIA_ROOT))
