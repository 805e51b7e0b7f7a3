"""Mail as a component: every mail waits in django-mailer's queue (a request never waits for
SMTP), ``mail_worker`` sends it, an SMTP outage defers it and the retry delivers it, each
mail in its recipient's language (the submitter's, the Secretariat's, a moderator's admin
language for Wagtail's workflow notifications)."""

import email
import socket
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from mailer.models import Message, MessageLog
from wagtail.users.models import UserProfile

from hub.translation.roles import MODERATORS

from .conftest import SUBMIT

pytestmark = pytest.mark.django_db
QUEUE = "mailer.backend.DbBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def queued(settings):
    settings.EMAIL_BACKEND = QUEUE
    settings.MAILER_EMAIL_BACKEND = LOCMEM
    settings.HUB_SECRETARIAT_EMAIL = "secretariat@example.org"
    return settings


def submit(client, story_data, capture, language="es"):
    with capture(execute=True):
        response = client.post(SUBMIT[language], story_data(language))
    assert response.status_code == 302


def test_the_settings_queue_every_mail_in_front_of_email_url():
    from django.conf import settings

    # pytest-django swaps EMAIL_BACKEND for locmem in tests; the project's own value is
    # the queue, MAILER_EMAIL_BACKEND the EMAIL_URL transport.
    from hub.settings import base

    assert base.EMAIL_BACKEND == QUEUE
    assert base.MAILER_EMAIL_BACKEND == SMTP
    assert settings.MAILER_EMAIL_BACKEND == SMTP


def test_a_submission_queues_its_mails_and_the_worker_sends_them(
    client, story_data, queued, django_capture_on_commit_callbacks
):
    submit(client, story_data, django_capture_on_commit_callbacks)
    assert mail.outbox == [] and Message.objects.count() == 2  # the request sent nothing
    call_command("mail_worker", once=True)
    assert Message.objects.count() == 0
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert (
        subjects["ana@example.org"]
        == "Hemos recibido su historia «Presupuesto abierto en Montevideo»"
    )
    assert subjects["secretariat@example.org"].startswith("Nouvelle proposition de récit")


def test_workflow_notifications_are_queued_in_each_moderators_language(
    client, story_data, queued, django_user_model, django_capture_on_commit_callbacks
):
    moderators = Group.objects.get(name=MODERATORS)
    for language in ("es", "fr"):
        user = django_user_model.objects.create_user(
            f"mod-{language}", f"mod-{language}@example.org", "pw"
        )
        user.groups.add(moderators)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    submit(client, story_data, django_capture_on_commit_callbacks)
    call_command("mail_worker", once=True)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["mod-es@example.org"].startswith(
        'La página "Presupuesto abierto en Montevideo"'
    )
    assert subjects["mod-fr@example.org"].startswith(
        "La page «\xa0Presupuesto abierto en Montevideo"
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Collect:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def test_an_smtp_outage_defers_mail_and_the_retry_delivers_it(
    client, story_data, queued, django_capture_on_commit_callbacks
):
    port = free_port()
    queued.MAILER_EMAIL_BACKEND = SMTP
    queued.EMAIL_HOST, queued.EMAIL_PORT = "127.0.0.1", port
    queued.EMAIL_USE_TLS = queued.EMAIL_USE_SSL = False
    queued.EMAIL_TIMEOUT = 5
    submit(client, story_data, django_capture_on_commit_callbacks)

    call_command("mail_worker", once=True)  # the sink is down
    assert Message.objects.deferred().count() == 2
    assert MessageLog.objects.filter(result="3").count() == 2  # each failure logged

    sink = Collect()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        call_command("mail_worker", once=True)  # retries the deferred mails
    finally:
        controller.stop()
    assert Message.objects.count() == 0
    received = {m["To"]: str(make_header(decode_header(m["Subject"]))) for m in sink.messages}
    assert (
        received["ana@example.org"]
        == "Hemos recibido su historia «Presupuesto abierto en Montevideo»"
    )
    assert received["secretariat@example.org"].startswith("Nouvelle proposition de récit")
    body = next(m for m in sink.messages if m["To"] == "ana@example.org").get_payload(decode=True)
    assert "Gracias por compartir su historia" in body.decode()


def test_password_reset_mails_are_throttled_and_queued(client, queued, django_user_model):
    django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    queued.HUB_RATE_LIMITS = {**queued.HUB_RATE_LIMITS, "password_reset": "5/h"}
    statuses = [
        client.post("/admin/password_reset/", {"email": "ed@example.org"}).status_code
        for _ in range(6)
    ]
    assert statuses[-1] == 429
    queued = [message.email for message in Message.objects.all()]
    assert [m.to for m in queued] == [["ed@example.org"]] * 5
