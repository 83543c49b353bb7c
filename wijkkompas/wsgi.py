"""WSGI entry point for Wijkkompas (gunicorn wijkkompas.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.production")
application = get_wsgi_application()
