"""Thematic queries over the demo content (hub/demo/content) and the title expected first.

Each entry: (locale, query, expected title). Used by test_relevance.py (mean reciprocal rank).
"""

QUERIES = [
    # English
    ("en", "beneficial ownership companies", "Transparency of company beneficial ownership"),
    ("en", "lobbying", "Shining a light on lobbying"),
    ("en", "soviet archives", "Opening Soviet-era archives"),
    ("en", "health providers open data", "Uruguay: comparing health providers with open data"),
    (
        "en",
        "participatory budgeting local budgets",
        "Philippines: local governments and civil society decide local budgets together",
    ),
    ("en", "older people public policy", "Denmark: older people help shape public policy"),
    ("en", "open government declaration", "Open Government Declaration"),
    ("en", "environmental democracy", "Strengthening environmental democracy"),
    ("en", "civic space", "Civic space"),
    ("en", "open data working group", "Open Data Working Group"),
    ("en", "2015 awards", "2015 Open Government Awards"),
    # French
    (
        "fr",
        "bénéficiaires effectifs",
        "Transparence sur les bénéficiaires effectifs des entreprises",
    ),
    ("fr", "lobbying irlande", "Irlande : faire la lumière sur le lobbying"),
    ("fr", "archives soviétiques", "Ouvrir les archives de l’ère soviétique"),
    (
        "fr",
        "prestataires de santé",
        "Uruguay : comparer les prestataires de santé grâce aux données ouvertes",
    ),
    (
        "fr",
        "personnes âgées",
        "Danemark : les personnes âgées associées à l’élaboration des politiques",
    ),
    ("fr", "declaration gouvernement ouvert", "Déclaration commune pour un gouvernement ouvert"),
    (
        "fr",
        "démocratie environnementale chili",
        "Chili : donner corps à la démocratie environnementale",
    ),
    ("fr", "espace civique", "Espace civique"),
    ("fr", "groupe de travail données ouvertes", "Groupe de travail sur les données ouvertes"),
    ("fr", "budget national", "Ouvrir le budget national"),
    ("fr", "tableau de bord engagements", "Un tableau de bord public pour suivre les engagements"),
    # Spanish
    (
        "es",
        "beneficiarios finales",
        "Transparencia sobre los beneficiarios finales de las empresas",
    ),
    ("es", "cabildeo irlanda", "Irlanda: arrojar luz sobre el cabildeo"),
    ("es", "archivos soviéticos", "Abrir los archivos de la era soviética"),
    (
        "es",
        "prestadores de salud uruguay",
        "Uruguay: comparar prestadores de salud gracias a los datos abiertos",
    ),
    (
        "es",
        "personas mayores",
        "Dinamarca: las personas mayores participan en la elaboración de políticas",
    ),
    ("es", "democracia ambiental", "Consolidar la democracia ambiental"),
    ("es", "espacio cívico", "Espacio cívico"),
    ("es", "presupuesto nacional", "Abrir el presupuesto nacional"),
    ("es", "datos abiertos", "Datos abiertos"),
    ("es", "lucha contra la corrupcion", "Lucha contra la corrupción"),
]
