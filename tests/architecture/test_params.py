"""One parameter parser: listings (and exports, the API) and search read filter values
the same way and refuse a bad one with the same translated message."""

import pytest
from django.http import QueryDict
from django.utils import translation

from hub.core import listing
from hub.core.params import ParamError
from search import engine

BAD = [
    ("year", "²⁰²⁴"),
    ("year", "24"),
    ("region", "atlantis"),
    ("theme", "Not A Slug!"),
    ("member", "x" * 81),
]


def message(parse, query):
    with pytest.raises(ParamError) as raised:
        parse(QueryDict(query))
    return raised.value.message


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(("name", "value"), BAD)
def test_listing_and_search_refuse_a_bad_value_alike(name, value, language):
    query = QueryDict(mutable=True)
    query[name] = value
    query = query.urlencode()
    with translation.override(language):
        listed = message(lambda params: listing.parse_filters(params, [name]), query)
        searched = message(lambda params: engine.parse_params(params, language), query)
    assert listed == searched


def test_lenient_search_drops_bad_values_and_keeps_good_ones():
    request = engine.parse_params(
        QueryDict("year=2024&year=20x4&region=europe&region=atlantis"), "en", strict=False
    )
    assert request.filters["year"] == [2024]
    assert sorted(field for field, _message in request.ignored) == ["region", "year"]


def test_the_same_values_parse_the_same():
    query = QueryDict("theme=a,b&theme=b&year=2024&member=fr")
    expected = {"theme": ["a", "b"], "member": ["fr"], "year": [2024]}
    assert engine.parse_params(query, "en").filters == expected
    assert listing.parse_filters(query, ["theme", "member", "year"]) == expected
