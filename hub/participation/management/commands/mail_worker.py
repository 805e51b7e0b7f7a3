"""Sends the mail queue (django-mailer) and retries deferred mails, in a loop or once.

manage.py mail_worker            every few seconds; deferred mails every MAILER_RETRY_SECONDS
manage.py mail_worker --once     one pass: retry the deferred, send the queue (cron, tests)
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from mailer import engine
from mailer.models import Message


class Command(BaseCommand):
    help = "Send queued mails and retry deferred ones."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one pass, then exit")
        parser.add_argument("--sleep", type=float, default=5.0, help="seconds between passes")

    def handle(self, *args, once=False, sleep=5.0, **options):
        last_retry = 0.0
        while True:
            if once or time.monotonic() - last_retry >= settings.MAILER_RETRY_SECONDS:
                Message.objects.retry_deferred()
                last_retry = time.monotonic()
            engine.send_all()
            if once:
                return
            time.sleep(sleep)
