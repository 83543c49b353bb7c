"""Per-address limits on the admin login and password reset, checked before any work is done.

django-axes locks one user name at one address after a few wrong passwords. It does not stop
one address trying many user names (password spraying), and every attempt it lets through costs
a full password hash, also for a user name that does not exist. These views, in front of
Wagtail's own, refuse with a 429 page before hashing anything or sending any mail. The address
is `knowledge.http.addresses.client_address`, as for every other per-address limit.
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views import account

RETRY_AFTER_SECONDS = 900


def too_many_attempts(request):
    response = render(request, "security/too_many_attempts.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def over_failure_limit(request, increment=False):
    return is_ratelimited(
        request,
        group="login:failures",
        key="ip",
        rate=settings.WIJKKOMPAS_LOGIN_FAILURE_RATE,
        increment=increment,
    )


@receiver(user_login_failed, dispatch_uid="wijkkompas-login-failures-per-address")
def count_failed_login(sender, credentials, request=None, **kwargs):
    if request is not None:
        over_failure_limit(request, increment=True)


class LoginView(account.LoginView):
    """Wagtail's admin login, refusing an address that posts too often or failed too often."""

    def post(self, request, *args, **kwargs):
        posts = is_ratelimited(
            request,
            group="login:posts",
            key="ip",
            rate=settings.WIJKKOMPAS_LOGIN_POST_RATE,
            increment=True,
        )
        if posts or over_failure_limit(request):
            return too_many_attempts(request)
        return super().post(request, *args, **kwargs)


def email_key(group, request):
    return request.POST.get("email", "").strip().lower()


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, sending a bounded number of mails per address and per e-mail
    address. Over the per-e-mail limit it answers as if the mail went, so nobody learns which
    addresses have an account."""

    def post(self, request, *args, **kwargs):
        if is_ratelimited(
            request,
            group="password-reset:address",
            key="ip",
            rate=settings.WIJKKOMPAS_PASSWORD_RESET_RATE,
            increment=True,
        ):
            return too_many_attempts(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if is_ratelimited(
            self.request,
            group="password-reset:email",
            key=email_key,
            rate=settings.WIJKKOMPAS_PASSWORD_RESET_PER_EMAIL_RATE,
            increment=True,
        ):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
