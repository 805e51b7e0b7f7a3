"""Home page and section index texts of the hub.

The hub answers strategic objective 5 of the OGP Strategy 2023–2028 (seed 001): to become
the home of open government innovations, evidence and inspiring stories.
"""

from hub.demo.content import T

HOME = {
    "title": T(
        "Centre de connaissances sur le gouvernement ouvert",
        "Open Government Knowledge Hub",
        "Centro de conocimiento sobre gobierno abierto",
    ),
    "intro": T(
        "Ce centre rassemble les données, les éléments probants et les récits inspirants de la "
        "communauté du Partenariat pour un gouvernement ouvert, afin que les réformateurs du "
        "gouvernement et de la société civile apprennent les uns des autres. Il répond à "
        "l’objectif stratégique 5 de la stratégie 2023–2028 du PGO : devenir le berceau "
        "d’innovations, d’éléments probants et de récits inspirants en matière de gouvernement "
        "ouvert.",
        "This hub brings together the data, evidence and inspiring stories of the Open "
        "Government Partnership community, so that reformers in government and civil society "
        "can learn from one another. It answers strategic objective 5 of the OGP Strategy "
        "2023–2028: to become the home of open government innovations, evidence and inspiring "
        "stories.",
        "Este centro reúne los datos, la evidencia y los relatos inspiradores de la comunidad de "
        "la Alianza para el Gobierno Abierto, para que las personas reformadoras del gobierno y "
        "de la sociedad civil aprendan unas de otras. Responde al objetivo estratégico 5 de la "
        "Estrategia 2023–2028 de la AGA: convertirse en la cuna de innovaciones, evidencia y "
        "relatos inspiradores en materia de gobierno abierto.",
    ),
}

INDEXES = {
    "guide": {
        "title": T(
            "Guide du gouvernement ouvert", "Open Government Guide", "Guía de gobierno abierto"
        ),
        "intro": T(
            "Un point de référence unique, régulièrement mis à jour et co-créé avec des "
            "organisations d’experts, sur ce que les membres peuvent faire pour progresser en "
            "matière de gouvernement ouvert, thème par thème et selon leur point de départ.",
            "A single, regularly updated point of reference, co-created with expert "
            "organisations, on what members can do to make progress on open government, theme "
            "by theme and according to their starting point.",
            "Un punto de referencia único, actualizado periódicamente y co-creado con "
            "organizaciones expertas, sobre lo que los miembros pueden hacer para avanzar en "
            "gobierno abierto, tema por tema y según su punto de partida.",
        ),
    },
    "stories": {
        "title": T("OpenStories", "OpenStories", "OpenStories"),
        "intro": T(
            "Des récits de réformateurs et de réformes qui ont changé la vie des citoyens, "
            "partagés par la communauté du PGO pour inspirer l’action et en montrer l’impact.",
            "Stories of reformers and reforms that have changed people’s lives, shared by the "
            "OGP community to inspire action and show its impact.",
            "Relatos de personas reformadoras y de reformas que han cambiado la vida de la "
            "ciudadanía, compartidos por la comunidad de la AGA para inspirar la acción y "
            "mostrar su impacto.",
        ),
    },
    "awards": {
        "title": T(
            "Prix du gouvernement ouvert", "Open Government Awards", "Premios de Gobierno Abierto"
        ),
        "intro": T(
            "Les Prix du gouvernement ouvert récompensent les réformateurs, issus des "
            "gouvernements ou de la société civile, dont les initiatives ont apporté des "
            "changements significatifs et durables dans la vie des citoyens, autour d’un thème "
            "choisi chaque année.",
            "The Open Government Awards recognise reformers, from governments or civil society, "
            "whose initiatives have brought significant and lasting change to people’s lives, "
            "around a theme chosen each year.",
            "Los Premios de Gobierno Abierto reconocen a las personas reformadoras, del gobierno "
            "o de la sociedad civil, cuyas iniciativas han aportado cambios significativos y "
            "duraderos en la vida de la ciudadanía, en torno a un tema elegido cada año.",
        ),
    },
    "working_groups": {
        "title": T("Groupes de travail", "Working groups", "Grupos de trabajo"),
        "intro": T(
            "Les groupes de travail thématiques du PGO aident les administrations à concevoir et "
            "à mettre en œuvre des engagements plus ambitieux. Chacun est codirigé par un "
            "gouvernement membre et une organisation de la société civile, et reste ouvert à "
            "tous les membres.",
            "OGP’s thematic working groups help governments design and implement more ambitious "
            "commitments. Each is co-led by a member government and a civil society "
            "organisation, and is open to all members.",
            "Los grupos de trabajo temáticos de la AGA ayudan a las administraciones a diseñar y "
            "aplicar compromisos más ambiciosos. Cada uno está codirigido por un gobierno miembro "
            "y una organización de la sociedad civil, y está abierto a todos los miembros.",
        ),
    },
    "commitments": {
        "title": T("Engagements", "Commitments", "Compromisos"),
        "intro": T(
            "Les engagements des plans d’action nationaux et locaux, dont les engagements phares "
            "distingués par le Mécanisme d’évaluation indépendant : mesurables, spécifiques, "
            "potentiellement transformateurs et déjà en cours de mise en œuvre.",
            "Commitments from national and local action plans, including the flagship "
            "commitments singled out by the Independent Reporting Mechanism: measurable, "
            "specific, potentially transformative and already under way.",
            "Compromisos de los planes de acción nacionales y locales, incluidos los compromisos "
            "emblemáticos destacados por el Mecanismo de Revisión Independiente: medibles, "
            "específicos, potencialmente transformadores y ya en marcha.",
        ),
    },
    "about": {
        "title": T("À propos", "About", "Acerca de"),
        "intro": T(
            "Ce qu’est le Partenariat pour un gouvernement ouvert, comment y adhérer, comment "
            "fonctionnent les plans d’action et l’évaluation indépendante, et qui gouverne le "
            "Partenariat.",
            "What the Open Government Partnership is, how to join it, how action plans and "
            "independent reporting work, and who governs the Partnership.",
            "Qué es la Alianza para el Gobierno Abierto, cómo unirse a ella, cómo funcionan los "
            "planes de acción y la evaluación independiente, y quién gobierna la Alianza.",
        ),
    },
}
