"""The mails of an alert: the confirmation request and the digest, each as plain text and HTML in
the subscriber's language, every digest with an unsubscribe link that needs no login."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from alerts.tokens import CONFIRM, UNSUBSCRIBE, make_token


def site_root():
    """The public address of the site, e.g. https://www.wijkkompas.nl (no request in a job)."""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def unsubscribe_url(subscription, root):
    with translation.override(subscription.language):
        path = reverse("alerts:unsubscribe", args=[make_token(subscription, UNSUBSCRIBE)])
    return root + path


def confirm_url(subscription, root):
    with translation.override(subscription.language):
        path = reverse("alerts:confirm", args=[make_token(subscription, CONFIRM)])
    return root + path


def build_message(subscription, subject, template, context, headers=None):
    with translation.override(subscription.language):
        text = render_to_string(f"alerts/mail/{template}.txt", context)
        html = render_to_string(f"alerts/mail/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()), body=text, to=[subscription.email], headers=headers
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscription, title):
    root = site_root()
    with translation.override(subscription.language):
        subject = gettext("Bevestig uw e-mailattendering van Wijkkompas")
    context = {
        "subscription": subscription,
        "title": title,
        "confirm_url": confirm_url(subscription, root),
        "confirm_days": settings.WIJKKOMPAS_ALERT_CONFIRM_DAYS,
        "purge_days": settings.WIJKKOMPAS_ALERT_UNCONFIRMED_DAYS,
    }
    return build_message(subscription, subject, "confirm", context)


def digest_message(subscription, delivery, digest):
    """The digest mail. Its Message-ID is the delivery's, so a mail sent again after a lost
    answer from the mail server is recognisable as the same message."""
    root = site_root()
    unsubscribe = unsubscribe_url(subscription, root)
    with translation.override(subscription.language):
        if digest.ended:
            subject = gettext("Uw e-mailattendering van Wijkkompas is beëindigd")
        else:
            subject = gettext("Nieuw op Wijkkompas: %(title)s") % {"title": digest.title}
        pages = [(page, page.get_full_url()) for page in digest.pages]
        context = {
            "subscription": subscription,
            "digest": digest,
            "pages": pages,
            "more": digest.total - len(digest.pages),
            "more_url": root + digest.more_path if digest.more_path else "",
            "method_url": digest.method.get_full_url() if digest.method else "",
            "unsubscribe_url": unsubscribe,
        }
    headers = {
        # RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and post to the link.
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Message-ID": f"<alert-{delivery.pk}@{urlsplit(root).hostname or 'wijkkompas'}>",
    }
    return build_message(subscription, subject[:200], "digest", context, headers)
