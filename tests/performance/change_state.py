"""What an editor does in the admin, run in a process of its own (test_workers): the
change reaches the gunicorn workers only through the database and the shared cache.

    python -m tests.performance.change_state unpublish|republish|restrict|unrestrict PK
    python -m tests.performance.change_state retitle PK TITLE
"""

import sys


def main(action, pk, *args):
    import django

    django.setup()
    from django.db import transaction
    from wagtail.models import Page, PageViewRestriction

    page = Page.objects.get(pk=pk).specific
    # Publications purge and renew the cache after the commit, as in the admin.
    with transaction.atomic():
        if action == "unpublish":
            page.unpublish()
        elif action == "republish":
            page.get_latest_revision().publish()
        elif action == "restrict":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        elif action == "unrestrict":
            PageViewRestriction.objects.filter(page=page).delete()
        elif action == "retitle":
            page.title = args[0]
            page.save_revision().publish()
        else:
            raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    main(*sys.argv[1:])
