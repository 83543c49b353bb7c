"""WSGI entry point for Wijkkompas (gunicorn knowledge.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "knowledge.settings.production")
application = get_wsgi_application()
