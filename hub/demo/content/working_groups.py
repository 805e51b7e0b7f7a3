"""OGP thematic working groups and their co-leads (seed 000, "GROUPES DE TRAVAIL")."""

from hub.demo.content import T

WORKING_GROUPS_INTRO = [
    T(
        fr="Le PGO dispose de six groupes de travail thématiques qui aident les administrations publiques à concevoir et à mettre en œuvre des engagements pour promouvoir un gouvernement ouvert plus ambitieux, à travers notamment l’évaluation des ébauches de plans d’action nationaux par des pairs.",
        en="OGP has six thematic working groups that help public administrations design and implement commitments for a more ambitious open government, notably through peer review of draft national action plans.",
        es="La AGA cuenta con seis grupos de trabajo temáticos que ayudan a las administraciones públicas a diseñar e implementar compromisos para un gobierno abierto más ambicioso, en particular mediante la revisión entre pares de los borradores de planes de acción nacionales.",
    ),
    T(
        fr="Chaque groupe de travail est codirigé par un pays membre du PGO et une organisation de la société civile, et est ouvert à tous les pays membres et aux membres de la société civile.",
        en="Each working group is co-led by an OGP member country and a civil society organisation, and is open to all member countries and civil society members.",
        es="Cada grupo de trabajo está codirigido por un país miembro de la AGA y una organización de la sociedad civil, y está abierto a todos los países miembros y a los miembros de la sociedad civil.",
    ),
    T(
        fr="L’objectif de la stratégie d’échanges entre pairs du PGO et de ses groupes de travail est de développer une communauté active d’entraide parmi les réformateurs du monde entier engagés sur des thématiques précises et confrontés à des problématiques similaires.",
        en="The aim of OGP’s peer exchange strategy and of its working groups is to build an active community of mutual support among reformers around the world who work on specific topics and face similar challenges.",
        es="El objetivo de la estrategia de intercambio entre pares de la AGA y de sus grupos de trabajo es desarrollar una comunidad activa de apoyo mutuo entre reformadores de todo el mundo que trabajan en temas concretos y enfrentan problemas similares.",
    ),
]


def _gov(fr, en, es, member):
    return {"organisation": T(fr=fr, en=en, es=es), "kind": "government", "member": member}


def _csoc(name):
    return {"organisation": T(fr=name, en=name, es=name), "kind": "civil-society", "member": None}


WORKING_GROUPS = [
    {
        "key": "open-data",
        "title": T(
            fr="Groupe de travail sur les données ouvertes",
            en="Open Data Working Group",
            es="Grupo de trabajo sobre datos abiertos",
        ),
        "theme": "open-data",
        "summary": T(
            fr="Codirigé par la World Wide Web Foundation et le gouvernement du Canada, ce groupe aide les membres à publier des données publiques réutilisables et utiles.",
            en="Co-led by the World Wide Web Foundation and the Government of Canada, this group helps members publish useful, reusable public data.",
            es="Codirigido por la World Wide Web Foundation y el Gobierno de Canadá, este grupo ayuda a los miembros a publicar datos públicos útiles y reutilizables.",
        ),
        "description": [
            T(
                fr="Le groupe de travail sur les données ouvertes réunit des réformateurs des administrations et de la société civile qui s’engagent à publier des données à haute valeur informative, y compris des données brutes, au moment opportun et dans des formats ouverts qui en facilitent la compréhension et la réutilisation.",
                en="The Open Data Working Group brings together reformers from governments and civil society who are committed to publishing high-value information, including raw data, in a timely manner and in open formats that make it easy to understand and reuse.",
                es="El grupo de trabajo sobre datos abiertos reúne a reformadores de las administraciones y de la sociedad civil comprometidos con publicar información de alto valor, incluidos datos en bruto, de manera oportuna y en formatos abiertos que faciliten su comprensión y reutilización.",
            ),
            T(
                fr="Il favorise les échanges entre pairs et accompagne les membres dans la conception et la mise en œuvre d’engagements plus ambitieux, notamment en commentant les ébauches de plans d’action nationaux.",
                en="It fosters peer exchange and supports members as they design and implement more ambitious commitments, in particular by reviewing draft national action plans.",
                es="Fomenta el intercambio entre pares y acompaña a los miembros en el diseño y la implementación de compromisos más ambiciosos, en particular comentando los borradores de planes de acción nacionales.",
            ),
        ],
        "co_leads": [
            _csoc("World Wide Web Foundation"),
            _gov("Gouvernement du Canada", "Government of Canada", "Gobierno de Canadá", "ca"),
        ],
    },
    {
        "key": "access-to-information",
        "title": T(
            fr="Groupe de travail sur l’accès à l’information",
            en="Access to Information Working Group",
            es="Grupo de trabajo sobre acceso a la información",
        ),
        "theme": "access-to-information",
        "summary": T(
            fr="Codirigé par le Carter Center et l’institut fédéral mexicain chargé de l’accès à l’information, ce groupe soutient les réformes du droit d’accès à l’information.",
            en="Co-led by the Carter Center and Mexico’s federal access to information institute, this group supports reforms of the right to information.",
            es="Codirigido por el Carter Center y el instituto federal mexicano de acceso a la información, este grupo apoya las reformas del derecho de acceso a la información.",
        ),
        "description": [
            T(
                fr="Les citoyens sont en droit d’obtenir des informations sur leurs administrations. Le groupe de travail aide les membres à améliorer l’accès à l’information publique, à garantir des voies de recours efficaces lorsque des informations sont indûment retenues et à renforcer les institutions chargées de faire respecter ce droit.",
                en="Citizens have a right to seek information about their governments. The working group helps members improve access to public information, guarantee effective remedies when information is improperly withheld and strengthen the institutions that uphold this right.",
                es="La ciudadanía tiene derecho a obtener información sobre sus administraciones. El grupo de trabajo ayuda a los miembros a mejorar el acceso a la información pública, garantizar recursos eficaces cuando la información se retiene indebidamente y fortalecer las instituciones que hacen valer este derecho.",
            ),
            T(
                fr="Ouvert à tous les pays membres et à la société civile, il organise l’apprentissage entre pairs et la relecture des projets d’engagements afin de rendre les plans d’action plus ambitieux.",
                en="Open to all member countries and to civil society, it organises peer learning and the review of draft commitments to make action plans more ambitious.",
                es="Abierto a todos los países miembros y a la sociedad civil, organiza el aprendizaje entre pares y la revisión de los proyectos de compromisos para que los planes de acción sean más ambiciosos.",
            ),
        ],
        "co_leads": [
            _csoc("Carter Center"),
            _gov(
                "Institut fédéral pour l’accès à l’information publique et la protection des données (Mexique)",
                "Federal Institute for Access to Public Information and Data Protection (Mexico)",
                "Instituto Federal de Acceso a la Información y Protección de Datos (México)",
                "mx",
            ),
        ],
    },
    {
        "key": "fiscal-openness",
        "title": T(
            fr="Groupe de travail sur la transparence budgétaire",
            en="Fiscal Openness Working Group",
            es="Grupo de trabajo sobre apertura fiscal",
        ),
        "theme": "fiscal-openness",
        "summary": T(
            fr="Codirigé par la Global Initiative for Fiscal Transparency, le Secrétariat fédéral du budget et de la planification du Brésil et l’International Budget Partnership, ce groupe aide à ouvrir les finances publiques.",
            en="Co-led by the Global Initiative for Fiscal Transparency, Brazil’s Federal Budget and Planning Secretariat and the International Budget Partnership, this group helps open up public finances.",
            es="Codirigido por la Global Initiative for Fiscal Transparency, la Secretaría Federal de Presupuesto y Planificación de Brasil y la International Budget Partnership, este grupo ayuda a abrir las finanzas públicas.",
        ),
        "description": [
            T(
                fr="La transparence budgétaire figure parmi les critères d’admissibilité au PGO. Le groupe de travail accompagne les membres qui s’engagent à intensifier la transparence de la dépense et des finances publiques et à associer les citoyens aux décisions budgétaires.",
                en="Fiscal transparency is one of the OGP eligibility criteria. The working group supports members that commit to greater transparency of public spending and public finances and to involving citizens in budget decisions.",
                es="La transparencia presupuestaria es uno de los criterios de elegibilidad de la AGA. El grupo de trabajo acompaña a los miembros que se comprometen a aumentar la transparencia del gasto y de las finanzas públicas y a involucrar a la ciudadanía en las decisiones presupuestarias.",
            ),
            T(
                fr="Il met en relation les administrations financières et les organisations de la société civile pour partager des pratiques éprouvées et commenter les projets de plans d’action.",
                en="It connects finance ministries with civil society organisations to share proven practices and comment on draft action plans.",
                es="Pone en contacto a las administraciones financieras con organizaciones de la sociedad civil para compartir prácticas probadas y comentar los proyectos de planes de acción.",
            ),
        ],
        "co_leads": [
            _csoc("Global Initiative for Fiscal Transparency"),
            _gov(
                "Secrétariat fédéral du budget et de la planification du Brésil",
                "Federal Budget and Planning Secretariat of Brazil",
                "Secretaría Federal de Presupuesto y Planificación de Brasil",
                "br",
            ),
            _csoc("International Budget Partnership"),
        ],
    },
    {
        "key": "natural-resources",
        "title": T(
            fr="Groupe de travail sur la transparence de la gestion des ressources naturelles",
            en="Openness in Natural Resources Working Group",
            es="Grupo de trabajo sobre transparencia en la gestión de los recursos naturales",
        ),
        "theme": "natural-resources",
        "summary": T(
            fr="Codirigé par le Natural Resource Governance Institute, le World Resources Institute et les gouvernements d’Indonésie et du Mexique, ce groupe promeut une gestion transparente des ressources naturelles.",
            en="Co-led by the Natural Resource Governance Institute, the World Resources Institute and the governments of Indonesia and Mexico, this group promotes transparent management of natural resources.",
            es="Codirigido por el Natural Resource Governance Institute, el World Resources Institute y los gobiernos de Indonesia y México, este grupo promueve una gestión transparente de los recursos naturales.",
        ),
        "description": [
            T(
                fr="Le groupe de travail aide les membres à rendre publiques les informations sur les entreprises et les contrats du secteur des ressources naturelles, afin que les citoyens puissent suivre l’exploitation de ces ressources et ses effets sur la santé publique et l’environnement.",
                en="The working group helps members disclose information on companies and contracts in the natural resource sector, so that citizens can follow how these resources are exploited and how this affects public health and the environment.",
                es="El grupo de trabajo ayuda a los miembros a divulgar información sobre las empresas y los contratos del sector de los recursos naturales, para que la ciudadanía pueda seguir la explotación de estos recursos y sus efectos en la salud pública y el medio ambiente.",
            ),
            T(
                fr="Il réunit gouvernements et organisations spécialisées pour des échanges entre pairs et un appui à la rédaction d’engagements mesurables.",
                en="It brings governments and specialised organisations together for peer exchange and support in drafting measurable commitments.",
                es="Reúne a gobiernos y organizaciones especializadas para el intercambio entre pares y el apoyo a la redacción de compromisos medibles.",
            ),
        ],
        "co_leads": [
            _csoc("Natural Resource Governance Institute"),
            _csoc("World Resources Institute"),
            _gov(
                "Gouvernement d’Indonésie", "Government of Indonesia", "Gobierno de Indonesia", "id"
            ),
            _gov("Gouvernement du Mexique", "Government of Mexico", "Gobierno de México", "mx"),
        ],
    },
    {
        "key": "legislative-openness",
        "title": T(
            fr="Groupe de travail sur la transparence législative",
            en="Legislative Openness Working Group",
            es="Grupo de trabajo sobre apertura legislativa",
        ),
        "theme": "legislative-openness",
        "summary": T(
            fr="Codirigé par le National Democratic Institute et le Congrès du Chili, ce groupe aide les parlements à s’ouvrir aux citoyens.",
            en="Co-led by the National Democratic Institute and the Congress of Chile, this group helps parliaments open up to citizens.",
            es="Codirigido por el National Democratic Institute y el Congreso de Chile, este grupo ayuda a los parlamentos a abrirse a la ciudadanía.",
        ),
        "description": [
            T(
                fr="Le groupe de travail réunit des parlementaires, des agents des assemblées et des organisations de la société civile qui veulent rendre le travail législatif plus transparent et plus participatif.",
                en="The working group brings together members of parliament, parliamentary staff and civil society organisations who want to make legislative work more transparent and participatory.",
                es="El grupo de trabajo reúne a parlamentarios, personal de las asambleas y organizaciones de la sociedad civil que desean hacer el trabajo legislativo más transparente y participativo.",
            ),
            T(
                fr="Il soutient les échanges entre assemblées et aide les membres à intégrer des engagements d’ouverture législative dans leurs plans d’action.",
                en="It supports exchanges between legislatures and helps members include legislative openness commitments in their action plans.",
                es="Apoya los intercambios entre asambleas y ayuda a los miembros a incluir compromisos de apertura legislativa en sus planes de acción.",
            ),
        ],
        "co_leads": [
            _csoc("National Democratic Institute"),
            _gov("Congrès du Chili", "Congress of Chile", "Congreso de Chile", "cl"),
        ],
    },
    {
        "key": "anti-corruption",
        "title": T(
            fr="Groupe de travail contre la corruption",
            en="Anti-Corruption Working Group",
            es="Grupo de trabajo contra la corrupción",
        ),
        "theme": "anti-corruption",
        "summary": T(
            fr="Codirigé par Transparency International, les Open Society Foundations et les gouvernements du Royaume-Uni, de la Géorgie et du Brésil, ce groupe soutient les réformes de lutte contre la corruption.",
            en="Co-led by Transparency International, the Open Society Foundations and the governments of the United Kingdom, Georgia and Brazil, this group supports anti-corruption reforms.",
            es="Codirigido por Transparency International, Open Society Foundations y los gobiernos del Reino Unido, Georgia y Brasil, este grupo apoya las reformas contra la corrupción.",
        ),
        "description": [
            T(
                fr="Le groupe de travail accompagne les membres qui s’engagent à lutter contre la corruption en renforçant la transparence des finances et des marchés publics, la transparence du patrimoine des hauts fonctionnaires et la protection des lanceurs d’alerte.",
                en="The working group supports members that commit to fighting corruption by strengthening the transparency of public finances and procurement, the disclosure of senior officials’ income and assets, and whistleblower protection.",
                es="El grupo de trabajo acompaña a los miembros que se comprometen a luchar contra la corrupción reforzando la transparencia de las finanzas y las compras públicas, la divulgación del patrimonio de los altos funcionarios y la protección de los denunciantes.",
            ),
            T(
                fr="Par l’échange entre pairs et la relecture des plans d’action, il aide les pays à mutualiser leurs compétences et à adopter des engagements plus ambitieux.",
                en="Through peer exchange and the review of action plans, it helps countries pool their expertise and adopt more ambitious commitments.",
                es="Mediante el intercambio entre pares y la revisión de los planes de acción, ayuda a los países a compartir sus competencias y a adoptar compromisos más ambiciosos.",
            ),
        ],
        "co_leads": [
            _csoc("Transparency International"),
            _csoc("Open Society Foundations"),
            _gov(
                "Gouvernement du Royaume-Uni",
                "Government of the United Kingdom",
                "Gobierno del Reino Unido",
                "gb",
            ),
            _gov(
                "Gouvernement de la Géorgie", "Government of Georgia", "Gobierno de Georgia", "ge"
            ),
            _gov("Gouvernement du Brésil", "Government of Brazil", "Gobierno de Brasil", "br"),
        ],
    },
]
