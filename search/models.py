from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchStat(models.Model):
    """Searches of one query in one language on one day: what the search insights report
    reads (``search.insights``). One row is updated per search (``search.stats``)."""

    query = models.CharField(_("query"), max_length=200)
    locale = models.CharField(_("language"), max_length=8)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches with no result"), default=0)

    class Meta:
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "locale", "date"], name="unique_search_stat_per_day"
            )
        ]
        indexes = [models.Index(fields=["date", "locale"], name="search_stat_date_locale")]

    def __str__(self):
        return f"{self.query} ({self.locale}, {self.date})"
