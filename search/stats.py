"""Search statistics for the insights report: one row per query, language and day."""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from .models import SearchStat

logger = logging.getLogger("search")


def normalise(query):
    """How queries are counted: as Wagtail's search promotions match them (lower case,
    single-spaced), bounded."""
    return normalise_query_string(query)[: SearchStat._meta.get_field("query").max_length]


def record(query, locale, found):
    """Counts a search of ``query`` in ``locale`` and whether it ``found`` anything.

    One UPDATE in the steady state (an INSERT on the query's first search of the day);
    a failure is logged, never raised: statistics must not fail a search.
    """
    query = normalise(query)
    if not query:
        return
    zero = 0 if found else 1
    today = timezone.now().date()
    counts = {"searches": F("searches") + 1, "zero_results": F("zero_results") + zero}
    try:
        rows = SearchStat.objects.filter(query=query, locale=locale, date=today)
        if rows.update(**counts):
            return
        try:
            with transaction.atomic():
                SearchStat.objects.create(
                    query=query, locale=locale, date=today, searches=1, zero_results=zero
                )
        except IntegrityError:  # another request created it meanwhile
            rows.update(**counts)
    except DatabaseError as error:
        logger.warning("Could not record search statistics: %s", error)
