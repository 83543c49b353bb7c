"""The API's URLs alone: the URL configuration LocaleMiddleware sees for API requests."""

from django.urls import path

from opendata.api import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
