import io

import pytest
from PIL import Image

from hub.participation.antispam import stamp
from hub.taxonomy.models import Member, Theme

SUBMIT = {
    "en": "/en/openstories/submit/",
    "fr": "/fr/openstories/proposer/",
    "es": "/es/openstories/proponer/",
}


def image_bytes(kind="PNG", size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format=kind)
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def story_data(db):
    def make(language="es", **changes):
        data = {
            "title": "Presupuesto abierto en Montevideo",
            "story": "Primer párrafo.\n\nSegundo párrafo <b>con</b> marcas.",
            "member": Member.objects.filter(locale__language_code=language).first().pk,
            "themes": [Theme.objects.filter(locale__language_code=language).first().pk],
            "name": "Ana Pérez",
            "email": "ana@example.org",
            "consent": "on",
            "website": "",
            "started": stamp(),
        }
        data.update(changes)
        return data

    return make
