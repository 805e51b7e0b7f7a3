"""Theme taxonomy of the hub.

Grounded in seed 000 (the six thematic working groups, the eligibility criteria, the awards),
seed 001 (strategic objective 3 on civic space and the challenge areas of strategic
objective 4) and seed 002 (the co-chairs' priorities: inclusion, participation, impact).
"""

from hub.demo.content import T

THEMES = [
    {
        "key": "open-data",
        "name": T("Données ouvertes", "Open data", "Datos abiertos"),
        "description": T(
            "Publier les données publiques à haute valeur, y compris les données brutes, au "
            "moment opportun et dans des formats ouverts qui facilitent leur compréhension et "
            "leur réutilisation. Un groupe de travail thématique du PGO, dirigé par la World "
            "Wide Web Foundation et le gouvernement du Canada, accompagne les membres dans ce "
            "domaine.",
            "Publishing high-value public data, including raw data, in a timely manner and in "
            "open formats that make it easy to understand and reuse. An OGP thematic working "
            "group, led by the World Wide Web Foundation and the Government of Canada, supports "
            "members in this area.",
            "Publicar datos públicos de alto valor, incluidos los datos brutos, de manera "
            "oportuna y en formatos abiertos que faciliten su comprensión y reutilización. Un "
            "grupo de trabajo temático de la AGA, dirigido por la World Wide Web Foundation y el "
            "Gobierno de Canadá, acompaña a los miembros en este ámbito.",
        ),
    },
    {
        "key": "access-to-information",
        "name": T("Accès à l’information", "Access to information", "Acceso a la información"),
        "description": T(
            "Garantir le droit des citoyens d’obtenir des informations sur l’action de leurs "
            "administrations, avec des recours effectifs lorsque l’information est indûment "
            "retenue. L’accès à l’information est l’un des quatre critères d’admissibilité au "
            "PGO et fait l’objet d’un groupe de travail dirigé par le Carter Center et l’Institut "
            "fédéral pour l’accès à l’information publique et la protection des données du "
            "Mexique.",
            "Guaranteeing citizens’ right to seek information about the activities of their "
            "governments, with effective remedies when information is improperly withheld. "
            "Access to information is one of the four OGP eligibility criteria and has a working "
            "group led by the Carter Center and Mexico’s Federal Institute for Access to Public "
            "Information and Data Protection.",
            "Garantizar el derecho de la ciudadanía a solicitar información sobre las "
            "actividades de sus gobiernos, con recursos eficaces cuando la información se retiene "
            "indebidamente. El acceso a la información es uno de los cuatro criterios de "
            "elegibilidad de la AGA y cuenta con un grupo de trabajo dirigido por el Carter "
            "Center y el Instituto Federal de Acceso a la Información Pública y Protección de "
            "Datos de México.",
        ),
    },
    {
        "key": "fiscal-openness",
        "name": T("Transparence budgétaire", "Fiscal openness", "Apertura fiscal"),
        "description": T(
            "Rendre le budget, la dépense et les finances publiques transparents et permettre "
            "aux citoyens de les suivre et d’y participer. La transparence budgétaire est un "
            "critère d’admissibilité au PGO ; son groupe de travail réunit la Global Initiative "
            "for Fiscal Transparency, l’International Budget Partnership et le Brésil.",
            "Making budgets, spending and public finances transparent, and enabling citizens to "
            "follow them and take part. Fiscal transparency is an OGP eligibility criterion; its "
            "working group brings together the Global Initiative for Fiscal Transparency, the "
            "International Budget Partnership and Brazil.",
            "Hacer transparentes el presupuesto, el gasto y las finanzas públicas, y permitir que "
            "la ciudadanía los siga y participe en ellos. La transparencia presupuestaria es un "
            "criterio de elegibilidad de la AGA; su grupo de trabajo reúne a la Global Initiative "
            "for Fiscal Transparency, al International Budget Partnership y a Brasil.",
        ),
    },
    {
        "key": "natural-resources",
        "name": T("Ressources naturelles", "Natural resources", "Recursos naturales"),
        "description": T(
            "Assurer la transparence de la gestion des ressources naturelles et des entreprises "
            "qui les exploitent, au bénéfice de la santé publique et de l’environnement. Le "
            "groupe de travail correspondant est dirigé par le Natural Resource Governance "
            "Institute, le World Resources Institute, l’Indonésie et le Mexique.",
            "Ensuring transparency in the management of natural resources and of the companies "
            "that exploit them, for the benefit of public health and the environment. The "
            "corresponding working group is led by the Natural Resource Governance Institute, "
            "the World Resources Institute, Indonesia and Mexico.",
            "Garantizar la transparencia en la gestión de los recursos naturales y de las "
            "empresas que los explotan, en beneficio de la salud pública y del medio ambiente. El "
            "grupo de trabajo correspondiente está dirigido por el Natural Resource Governance "
            "Institute, el World Resources Institute, Indonesia y México.",
        ),
    },
    {
        "key": "legislative-openness",
        "name": T("Ouverture législative", "Legislative openness", "Apertura legislativa"),
        "description": T(
            "Ouvrir les parlements et le processus législatif aux citoyens et associer les "
            "organes législatifs aux efforts de gouvernement ouvert. Le groupe de travail sur la "
            "transparence législative est dirigé par le National Democratic Institute et le "
            "Congrès du Chili.",
            "Opening parliaments and the legislative process to citizens and involving "
            "legislatures in open government efforts. The legislative openness working group is "
            "led by the National Democratic Institute and the Congress of Chile.",
            "Abrir los parlamentos y el proceso legislativo a la ciudadanía e implicar a los "
            "órganos legislativos en los esfuerzos de gobierno abierto. El grupo de trabajo sobre "
            "apertura legislativa está dirigido por el National Democratic Institute y el "
            "Congreso de Chile.",
        ),
    },
    {
        "key": "anti-corruption",
        "name": T("Lutte contre la corruption", "Anti-corruption", "Lucha contra la corrupción"),
        "description": T(
            "Lutter contre la grande corruption et la kleptocratie et renforcer l’intégrité "
            "publique : propriété bénéficiaire, commande publique ouverte, lobbying, financement "
            "politique, déclaration de patrimoine et protection des lanceurs d’alerte. C’est l’un "
            "des domaines de défi de la stratégie 2023–2028.",
            "Tackling grand corruption and kleptocracy and strengthening public integrity: "
            "beneficial ownership, open contracting, lobbying, political finance, asset "
            "disclosure and whistleblower protection. It is one of the challenge areas of the "
            "2023–2028 strategy.",
            "Combatir la gran corrupción y la cleptocracia y reforzar la integridad pública: "
            "beneficiarios finales, contratación abierta, cabildeo, financiamiento político, "
            "declaraciones patrimoniales y protección de denunciantes. Es una de las áreas de "
            "desafío de la estrategia 2023–2028.",
        ),
    },
    {
        "key": "digital-governance",
        "name": T("Gouvernance numérique", "Digital governance", "Gobernanza digital"),
        "description": T(
            "Démocratiser et encadrer les outils numériques, mettre la technologie au service de "
            "la démocratie et accompagner la transformation numérique et l’usage des données dans "
            "tous les secteurs de l’action publique, domaine de défi de la stratégie 2023–2028.",
            "Democratising and governing digital tools, putting technology at the service of "
            "democracy and supporting digital transformation and the use of data across all "
            "sectors of government, a challenge area of the 2023–2028 strategy.",
            "Democratizar y regular las herramientas digitales, poner la tecnología al servicio "
            "de la democracia y acompañar la transformación digital y el uso de datos en todos "
            "los sectores del gobierno, un área de desafío de la estrategia 2023–2028.",
        ),
    },
    {
        "key": "climate-environment",
        "name": T("Climat et environnement", "Climate and environment", "Clima y medio ambiente"),
        "description": T(
            "Renforcer la transparence et la redevabilité du financement climatique, ouvrir les "
            "données sur le climat et approfondir la participation aux politiques "
            "environnementales, dans l’esprit de la démocratie environnementale du Principe 10 "
            "de la Déclaration de Rio.",
            "Strengthening the transparency and accountability of climate finance, opening "
            "climate data and deepening participation in environmental policy, in the spirit of "
            "the environmental democracy of Principle 10 of the Rio Declaration.",
            "Reforzar la transparencia y la rendición de cuentas del financiamiento climático, "
            "abrir los datos sobre el clima y profundizar la participación en las políticas "
            "ambientales, en el espíritu de la democracia ambiental del Principio 10 de la "
            "Declaración de Río.",
        ),
    },
    {
        "key": "justice",
        "name": T("Justice", "Justice", "Justicia"),
        "description": T(
            "Élargir les mécanismes d’accès à la justice pour les communautés, ouvrir les "
            "institutions judiciaires et mobiliser le secteur de la justice au service des autres "
            "mesures de gouvernement ouvert, au titre de l’autonomisation juridique.",
            "Expanding access-to-justice mechanisms for communities, opening judicial "
            "institutions and drawing on the justice sector to strengthen other open government "
            "measures, as part of legal empowerment.",
            "Ampliar los mecanismos de acceso a la justicia para las comunidades, abrir las "
            "instituciones judiciales y apoyarse en el sector de la justicia para reforzar otras "
            "medidas de gobierno abierto, en el marco del empoderamiento jurídico.",
        ),
    },
    {
        "key": "civic-space",
        "name": T("Espace civique", "Civic space", "Espacio cívico"),
        "description": T(
            "Protéger et élargir l’espace civique : libertés d’expression, d’association et "
            "d’opinion, et capacité des organisations de la société civile à agir. C’est "
            "l’objectif stratégique 3 du PGO, appuyé par sa politique de réponse.",
            "Protecting and expanding civic space: freedom of expression, association and "
            "opinion, and the ability of civil society organisations to operate. It is OGP’s "
            "strategic objective 3, backed by its response policy.",
            "Proteger y ampliar el espacio cívico: las libertades de expresión, asociación y "
            "opinión, y la capacidad de las organizaciones de la sociedad civil para actuar. Es "
            "el objetivo estratégico 3 de la AGA, respaldado por su política de respuesta.",
        ),
    },
    {
        "key": "participation-inclusion",
        "name": T(
            "Participation et inclusion", "Participation and inclusion", "Participación e inclusión"
        ),
        "description": T(
            "Associer les citoyens à l’élaboration, au suivi et à l’évaluation des politiques "
            "publiques et inclure les personnes sous-représentées en raison de leur genre, de "
            "leur origine, de leur géographie ou de leur statut socio-économique ; un accent "
            "transversal de la stratégie et une priorité des coprésidents.",
            "Involving citizens in designing, monitoring and evaluating public policy and "
            "including people under-represented because of their gender, origin, geography or "
            "socio-economic status; a cross-cutting focus of the strategy and a priority of the "
            "co-chairs.",
            "Involucrar a la ciudadanía en el diseño, el seguimiento y la evaluación de las "
            "políticas públicas e incluir a las personas subrepresentadas por su género, su "
            "origen, su geografía o su situación socioeconómica; un eje transversal de la "
            "estrategia y una prioridad de los copresidentes.",
        ),
    },
    {
        "key": "public-services",
        "name": T("Services publics", "Public services", "Servicios públicos"),
        "description": T(
            "Améliorer les services publics, de la santé à la garde d’enfants, en donnant aux "
            "usagers l’information et la voix nécessaires pour les évaluer et les transformer ; "
            "thème des Prix du gouvernement ouvert 2015.",
            "Improving public services, from health care to childcare, by giving users the "
            "information and voice they need to assess and transform them; the theme of the 2015 "
            "Open Government Awards.",
            "Mejorar los servicios públicos, desde la salud hasta el cuidado infantil, dando a "
            "las personas usuarias la información y la voz necesarias para evaluarlos y "
            "transformarlos; tema de los Premios de Gobierno Abierto 2015.",
        ),
    },
]
