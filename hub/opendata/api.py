"""The public, read-only Wagtail API v2 at ``/api/v2/``: pages, images, documents.

Anonymous and rate-limited (``hub.ops.limits``); pages are live and public only (drafts,
private pages and their descendants never appear). Page listings take the hub's filters
(``theme``, ``member``, ``region``, ``year``: see ``filters``) besides Wagtail's own
(``type``, ``locale``, ``translation_of``, ``child_of``, ``search``…). The fields of each
page type are declared here, in ``API_FIELDS``, rather than on the models.
"""

from django.conf import settings
from django.utils.translation import gettext
from rest_framework import serializers
from rest_framework.filters import BaseFilterBackend
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.core import params as param
from hub.core.models import BasePage
from hub.guide.models import GuideChapterPage
from hub.pages.models import StrategicObjectivePage
from hub.stories.models import StoryPage
from hub.workinggroups.models import WorkingGroupPage

from .api_messages import translated
from .filters import FILTERS, filter_pages


class HubBadRequest(BadRequestError):
    """A bad request the hub explains itself (already in the reader's language)."""


class VocabularySerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class MemberSerializer(VocabularySerializer):
    kind = serializers.CharField()
    country = serializers.CharField()
    region = serializers.CharField()


class KeysSerializer(serializers.Field):
    """OGP values as their keys."""

    def to_representation(self, manager):
        return sorted(value.key for value in manager.all())


def _items(*fields, **extra):
    """A read-only serializer of inline items with ``fields`` (and nested ``extra``)."""
    attrs = {name: serializers.ReadOnlyField() for name in fields}
    attrs.update(extra)
    return type("ItemSerializer", (serializers.Serializer,), attrs)(many=True, read_only=True)


class RecommendationsSerializer(serializers.Field):
    def to_representation(self, stream):
        return [
            {
                "id": block.id,
                "level": block.value["level"],
                "title": block.value["title"],
                "text": block.value["text"].source,
            }
            for block in stream
        ]


HERO = APIField("hero_image", serializer=ImageRenditionField("fill-1200x630", read_only=True))
MEMBER = APIField("member", serializer=MemberSerializer(read_only=True))
THEMES = APIField("themes", serializer=VocabularySerializer(many=True, read_only=True))
THEME = APIField("theme", serializer=VocabularySerializer(read_only=True))
OGP_VALUES = APIField("ogp_values", serializer=KeysSerializer(read_only=True))
MEMBER_ITEM = {"member": MemberSerializer(read_only=True, allow_null=True)}

API_FIELDS = {
    BasePage: ["introduction"],
    StoryPage: ["date", "region", MEMBER, THEMES, OGP_VALUES, HERO, "body", "tags"],
    CommitmentPage: [
        MEMBER,
        "level",
        "plan_start_year",
        "plan_end_year",
        "status",
        "is_flagship",
        THEMES,
        OGP_VALUES,
        "problem",
        "status_quo",
        "action",
        APIField(
            "milestones",
            serializer=_items(
                "id", "translation_key", "description", "start_date", "end_date", "status"
            ),
        ),
        "evidence",
    ],
    AwardPage: [
        "year",
        "edition_theme",
        "body",
        APIField("winners", serializer=_items("id", "name", "category", "citation", **MEMBER_ITEM)),
    ],
    WorkingGroupPage: [
        THEME,
        "description",
        APIField("co_leads", serializer=_items("id", "organisation", "kind", **MEMBER_ITEM)),
    ],
    GuideChapterPage: [
        THEME,
        "body",
        APIField("recommendations", serializer=RecommendationsSerializer(read_only=True)),
    ],
    StrategicObjectivePage: ["number", THEMES, "body", "priorities"],
}


def api_fields(model):
    return [
        field for base, fields in API_FIELDS.items() if issubclass(model, base) for field in fields
    ]


class HubFilter(BaseFilterBackend):
    """``theme``, ``member``, ``region``, ``year``, the hub's vocabulary."""

    def filter_queryset(self, request, queryset, view):
        try:
            return filter_pages(queryset, request.GET)
        except param.ParamError as error:
            raise HubBadRequest(str(error)) from error


#: Wagtail's integer parameters, read with ``int()``: parsed here first, ASCII digits
#: within a database integer's range (``offset=99999999999999999999`` overflowed a bigint).
ID_PARAMETERS = ("child_of", "ancestor_of", "descendant_of", "translation_of", "id")
MAX_ID = 2**63 - 1


def check_api_params(params, formats):
    """Raise ``HubBadRequest`` (translated) on a NUL anywhere, a bad number or an
    unknown ``format`` (Django REST framework answers that with an empty 404)."""
    try:
        param.check_text(params)
        if "format" in params:
            param.choice(params["format"], "format", formats)
        if "search_operator" in params:  # else modelsearch's ValueError: a 500
            param.choice(params["search_operator"], "search_operator", ["and", "or"])
        if "offset" in params:
            param.integer(params["offset"], "offset")
        if "limit" in params:
            param.integer(params["limit"], "limit", 0, settings.WAGTAILAPI_LIMIT_MAX)
        for name in ID_PARAMETERS:
            if name in params:
                param.integer(params[name], name, 1, MAX_ID)
    except param.ParamError as error:
        raise HubBadRequest(error.message) from error


class OpenDataMixin:
    throttle_classes = []  # hub.ops.limits counts the API by the real client address
    authentication_classes = []  # anonymous: what everyone sees, nothing more

    def initial(self, request, *args, **kwargs):
        # Before Django REST framework's content negotiation, which answers an unknown
        # ``format`` with an empty 404.
        check_api_params(request.GET, [renderer.format for renderer in self.renderer_classes])
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code == 404:
            # Wagtail's misses say "not found", "No Page matches the given query" or nothing.
            response.data = {"message": gettext("There is nothing at this address.")}
        elif isinstance(exc, BadRequestError) and not isinstance(exc, HubBadRequest):
            response.data = translated(exc)  # Wagtail's own messages are English only
        return response


class HubPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    filter_backends = [HubFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FILTERS)

    @classmethod
    def get_body_fields(cls, model):
        return [
            field if isinstance(field, APIField) else APIField(field)
            for field in [*cls.body_fields, *api_fields(model)]
        ]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:  # the hub's filters, not Wagtail's exact field match
            fields = [name for name in fields if name not in FILTERS]
        return fields

    def get_base_queryset(self):
        return super().get_base_queryset().public()


class HubImagesAPIViewSet(OpenDataMixin, ImagesAPIViewSet):
    pass


class HubDocumentsAPIViewSet(OpenDataMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        queryset = super().get_queryset()
        for restriction in CollectionViewRestriction.objects.select_related("collection"):
            private = restriction.collection.get_descendants(inclusive=True)
            queryset = queryset.exclude(collection__in=private)
        return queryset


api_router = WagtailAPIRouter("opendata_api")
api_router.register_endpoint("pages", HubPagesAPIViewSet)
api_router.register_endpoint("images", HubImagesAPIViewSet)
api_router.register_endpoint("documents", HubDocumentsAPIViewSet)
