"""Alternative texts of the demo's illustrations (hub.demo.illustrations), one per theme:
what the image shows, in each language."""

from hub.demo.content import T
from hub.demo.content.themes import THEMES

ALT = T(
    "Illustration abstraite du thème « {} » : un anneau, des barres et une grille de points",
    "Abstract illustration of the “{}” theme: a ring, bars and a grid of dots",
    "Ilustración abstracta del tema «{}»: un anillo, barras y una cuadrícula de puntos",
)

ALTS = {
    theme["key"]: {language: ALT[language].format(theme["name"][language]) for language in ALT}
    for theme in THEMES
}
