"""The demo's images: abstract illustrations the hub draws itself, one per theme.

No photograph is invented: each image is made here with Pillow from the theme's key
(the same key always gives the same bytes), and is the project's own work, dedicated to
the public domain (CC0 1.0). The licence and author are recorded in the image's title,
its collection's name and the PNG file's own text chunks.
"""

import io
import random

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

AUTHOR = "Open Government Knowledge Hub (demo content)"
LICENCE = "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)"
COLLECTION = "Demo illustrations — CC0 1.0, made by the hub"
WIDTH, HEIGHT = 1200, 675

# Dark backgrounds and light accents of the design system (static/hub/hub.css).
BACKGROUNDS = ["#0b3d5c", "#1d4f3a", "#5a2a5e", "#7a3412", "#253a7a", "#0f5257"]
ACCENTS = ["#f2c14e", "#f78154", "#4d9de0", "#7ec4a6", "#e8e1d4", "#f4a6c1"]


def title(theme_name):
    """The image's title in the admin: what it is, its licence and author."""
    return f"Illustration: {theme_name} — {LICENCE.split(' ')[0]}, {AUTHOR}"


def draw(key):
    """A PNG (bytes) for the theme ``key``: circles, bars and a dot grid on a flat
    background, their colours and places drawn from the key."""
    rng = random.Random(key)
    background = rng.choice(BACKGROUNDS)
    accents = rng.sample(ACCENTS, 3)
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    canvas = ImageDraw.Draw(image)
    # A large disc, partly off the canvas.
    radius = rng.randint(220, 320)
    x, y = rng.randint(700, 1000), rng.randint(150, 500)
    canvas.ellipse((x - radius, y - radius, x + radius, y + radius), fill=accents[0])
    canvas.ellipse(
        (x - radius // 2, y - radius // 2, x + radius // 2, y + radius // 2), fill=background
    )
    # Bars, like a chart.
    for index in range(rng.randint(4, 7)):
        height = rng.randint(80, 360)
        left = 80 + index * 70
        canvas.rounded_rectangle(
            (left, HEIGHT - 80 - height, left + 44, HEIGHT - 80), radius=12, fill=accents[1]
        )
    # A grid of dots.
    for column in range(6):
        for row in range(4):
            cx, cy = 120 + column * 48, 90 + row * 48
            canvas.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=accents[2])
    # A flat palette keeps the PNG small (a few kilobytes).
    image = image.quantize(colors=16, dither=Image.Dither.NONE)
    info = PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_text("Copyright", LICENCE)
    info.add_text("Description", f"Abstract illustration for the theme {key}")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info, optimize=True)
    return buffer.getvalue()
