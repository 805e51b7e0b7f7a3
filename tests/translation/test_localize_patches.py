"""The wagtail-localize patches (hub/translation/localize_patches.py) are re-checked when
the pinned version changes: this test fails until someone reads them again."""

from importlib.metadata import version

from hub.translation import localize_patches


def test_patches_match_the_pinned_wagtail_localize():
    assert version("wagtail-localize") == localize_patches.WRITTEN_FOR, (
        "wagtail-localize changed: check whether each patch in hub/translation/"
        "localize_patches.py is still needed, then update WRITTEN_FOR"
    )
