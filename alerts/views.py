"""The public side of e-mail alerts: subscribe to a search selection or a method, confirm,
unsubscribe. None of these pages is ever cached: each carries a form token or a reader's link."""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited

from alerts import subscribing
from alerts.digest import normalised, read_selection, selection_title
from alerts.forms import SubscribeForm
from alerts.models import Subscription, SubscriptionKind
from alerts.tokens import CONFIRM, UNSUBSCRIBE, check_token
from methods.models import MethodPage

logger = logging.getLogger("wijkkompas.alerts")


def over_limit(request, group, rate):
    return is_ratelimited(request, group=group, key="ip", rate=rate, increment=True)


def subscription_form(request, title, back_url, **subject):
    """Show the form, or take a filled-in one: every post counts against a generous per-IP
    limit, every accepted request against a strict one (and, in `request_subscription`, one per
    address). Over a per-IP limit the typed address is shown again with a 429."""
    context = {"title": title, "back_url": back_url, "kind": subject["kind"]}
    if request.method != "POST":
        return render(request, "alerts/subscribe.html", {**context, "form": SubscribeForm()})
    form = SubscribeForm(request.POST)
    limited = over_limit(request, "alerts:posts", settings.WIJKKOMPAS_ALERT_POST_RATE)
    if not limited and form.is_valid():
        if form.is_spam:
            logger.info("Attendering genegeerd: het verborgen veld was ingevuld")
            return HttpResponseRedirect(reverse("alerts:sent"))
        limited = over_limit(request, "alerts:accepted", settings.WIJKKOMPAS_ALERT_RATE)
        if not limited:
            subscribing.request_subscription(
                request,
                form.cleaned_data["email"],
                get_language() or settings.LANGUAGE_CODE,
                form.cleaned_data["frequency"],
                title,
                **subject,
            )
            return HttpResponseRedirect(reverse("alerts:sent"))
    status = 429 if limited else 200
    return render(
        request,
        "alerts/subscribe.html",
        {**context, "form": form, "limited": limited},
        status=status,
    )


@never_cache
def subscribe_selection(request):
    """Subscribe to what the search page shows for the URL's parameters (the selection)."""
    params, complete = read_selection(request.GET)
    if not complete:
        return render(request, "alerts/selection_gone.html", status=404)
    query = normalised(params)
    if len(query) > Subscription._meta.get_field("selection").max_length:
        return render(request, "alerts/selection_too_large.html", status=400)
    back_url = f"{reverse('search')}?{query}" if query else reverse("search")
    return subscription_form(
        request,
        selection_title(params),
        back_url,
        kind=SubscriptionKind.SELECTION,
        selection=query,
    )


@never_cache
def subscribe_method(request, method_id):
    """Subscribe to a method: its new case studies, and changes to its recognition."""
    method = MethodPage.objects.live().public().filter(pk=method_id).first()
    if method is None:
        return render(request, "alerts/method_gone.html", status=404)
    return subscription_form(
        request, method.title, method.url, kind=SubscriptionKind.METHOD, method=method
    )


@never_cache
def sent(request):
    return render(
        request, "alerts/sent.html", {"confirm_days": settings.WIJKKOMPAS_ALERT_CONFIRM_DAYS}
    )


def subscription_title(subscription):
    if subscription.kind == SubscriptionKind.METHOD:
        return subscription.method.title if subscription.method else ""
    return selection_title(read_selection(subscription.selection)[0])


@never_cache
def confirm(request, token):
    checked = check_token(token, CONFIRM)
    if checked.forged:
        return render(request, "alerts/link_invalid.html", status=400)
    subscription = checked.subscription
    if subscription is None:
        return render(request, "alerts/link_gone.html", status=410)
    context = {"subscription": subscription, "title": subscription_title(subscription)}
    if subscription.is_confirmed:
        return render(request, "alerts/confirmed.html", {**context, "already": True})
    if checked.expired:
        return render(request, "alerts/link_expired.html", status=410)
    if request.method == "POST":
        confirmed_now = subscribing.confirm(subscription)
        return render(request, "alerts/confirmed.html", {**context, "already": not confirmed_now})
    # A button rather than confirming on opening the link: mail scanners open every link.
    return render(request, "alerts/confirm.html", context)


# The link in the mail is the reader's proof; mail programs post to it without a form token
# ("List-Unsubscribe-Post", RFC 8058).
@csrf_exempt
@never_cache
def unsubscribe(request, token):
    checked = check_token(token, UNSUBSCRIBE)
    if checked.forged:
        return render(request, "alerts/link_invalid.html", status=400)
    subscription = checked.subscription
    if subscription is None:
        return render(request, "alerts/unsubscribed.html", {"already": True})
    if request.method == "POST":
        title = subscription_title(subscription)
        subscription.delete()
        return render(request, "alerts/unsubscribed.html", {"title": title})
    context = {"title": subscription_title(subscription), "token": token}
    return render(request, "alerts/unsubscribe.html", context)
