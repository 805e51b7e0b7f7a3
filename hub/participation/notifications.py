"""The participation mails, each in its recipient's language. They go through
``EMAIL_BACKEND``: the django-mailer queue (settings), so no request waits for SMTP."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def submission_received(submission):
    """To the submitter, in the language they wrote in; to the Secretariat, in its own."""
    with translation.override(submission.language):
        subject = _("We have received your story “%(title)s”") % {"title": submission.title}
        body = _(
            "Hello %(name)s,\n\n"
            "Thank you for sharing your story “%(title)s” with the Open Government "
            "Partnership. The Secretariat will read it and may contact you before it is "
            "published.\n\n"
            "Open Government Knowledge Hub"
        ) % {"name": submission.name, "title": submission.title}
    send_mail(subject, body, None, [submission.email])
    if not settings.HUB_SECRETARIAT_EMAIL:
        return
    with translation.override(settings.HUB_SECRETARIAT_LANGUAGE):
        subject = _("New story submission: “%(title)s”") % {"title": submission.title}
        body = _(
            "A reader sent a story in %(language)s: “%(title)s”.\n\n"
            "Review the draft: %(draft)s\n"
            "Submissions queue: %(queue)s\n"
        ) % {
            "language": translation.get_language_info(submission.language)["name_translated"],
            "title": submission.title,
            "draft": admin_url("wagtailadmin_pages:edit", submission.page_id),
            "queue": admin_url("wagtailsnippets_participation_submission:list"),
        }
    send_mail(subject, body, None, [settings.HUB_SECRETARIAT_EMAIL])
