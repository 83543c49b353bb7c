"""Settings for the test suite: SQLite by default, PostgreSQL when DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "submissions": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405

# django-axes needs the request in authenticate(), which the test client's login() does not pass;
# tests/knowledge/test_login_lockout.py turns it on for the lockout tests.
AXES_ENABLED = False

# E-mail alerts: a failed send is tried again at once, not after seconds of backoff.
WIJKKOMPAS_ALERT_RETRY_SECONDS = 0
