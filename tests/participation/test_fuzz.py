"""Hostile input to the story form (text, encodings, sizes, files, choices, the anti-spam
fields): never a 5xx, every answer below 500, and what was sent is never echoed unescaped."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import PDF, SUBMIT, image_bytes

MARK = "<script>x</script>"
texts = st.one_of(
    st.text(max_size=300),
    st.just("\x00"),
    st.just("²①٣"),
    st.just("x" * 30_000),
    st.just(MARK),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda t: t + MARK),
)
choices = st.one_of(st.just(""), st.integers(-(2**70), 2**70).map(str), texts)
files = st.one_of(
    st.none(),
    st.binary(max_size=2000),
    st.just(image_bytes("PNG")),
    st.just(image_bytes("JPEG")),
    st.just(image_bytes("GIF")),
    st.just(b"<svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>"),
    st.just(PDF),
    st.just(PDF[:6]),
)


@pytest.mark.django_db
@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    language=st.sampled_from(["en", "fr", "es"]),
    title=texts,
    story=texts,
    name=texts,
    email=texts,
    member=choices,
    themes=st.lists(choices, max_size=3),
    consent=st.sampled_from(["", "on", "0", MARK]),
    started=st.one_of(st.just(None), texts),
    website=st.sampled_from(["", MARK]),
    image=files,
    document=files,
    image_name=st.sampled_from(["a.png", "a.svg", "../../etc/passwd", MARK + ".jpg"]),
)
def test_the_story_form_never_fails_and_escapes(
    client, story_data, language, title, story, name, email, member, themes, consent,
    started, website, image, document, image_name,
):  # fmt: skip
    data = story_data(language)
    data.update(title=title, story=story, name=name, email=email, member=member, themes=themes)
    data.update(consent=consent, website=website)
    if started is not None:
        data["started"] = started
    if image is not None:
        data["image"] = SimpleUploadedFile(image_name, image)
    if document is not None:
        data["document"] = SimpleUploadedFile("doc.pdf", document)
    response = client.post(SUBMIT[language], data)
    assert response.status_code < 500
    if response.status_code != 302:
        assert response.status_code in (400, 429)
        assert MARK not in response.content.decode()
