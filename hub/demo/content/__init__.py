"""Demo content of the hub, drawn from the French source documents (../shared/seeds).

Every reader-visible text is a ``T(fr=..., en=..., es=...)``: French is the source
language of the demo pages; English and Spanish are written translations that
``load_hub_content`` feeds to wagtail-localize segment by segment.
"""


def T(fr, en, es):
    return {"fr": fr, "en": en, "es": es}
