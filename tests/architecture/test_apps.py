"""The base layer is an installed app: the abstract page models it defines have an app
label, which search backends write for every indexed ancestor of a page."""

from django.apps import apps
from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping
from wagtail.models import Page

from hub.core.models import BasePage, SectionIndexPage


def test_abstract_base_models_have_the_core_label():
    assert BasePage._meta.app_label == SectionIndexPage._meta.app_label == "core"


def test_every_page_type_names_its_indexed_ancestors():
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            types = Elasticsearch8Mapping(model).get_all_content_types()
            assert "wagtailcore.Page" in types, model
            if issubclass(model, BasePage):
                assert "core.BasePage" in types, model
