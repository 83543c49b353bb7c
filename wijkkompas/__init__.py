"""The project shell: settings, URLs and the WSGI entry point, above every app."""
