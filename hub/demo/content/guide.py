"""The Open Government Guide: one chapter per challenge area of the OGP Strategy
2023–2028 (seed 001, objectives 3, 4 and 5) and per working-group theme (seed 000),
with recommendations by ambition level (initial, intermediate, advanced, innovative)."""

from hub.demo.content import T


def _r(level, title, text, commitments=(), stories=()):
    return {
        "level": level,
        "title": T(**title),
        "text": T(**text),
        "commitments": list(commitments),
        "stories": list(stories),
    }


GUIDE_INTRO = [
    T(
        fr="Le Guide du gouvernement ouvert est une source d’informations pour celles et ceux qui œuvrent à rendre leurs gouvernements plus transparents, à l’écoute des besoins des citoyens, redevables et performants. Il présente des actions concrètes, mesurables et spécifiques que gouvernements et sociétés civiles peuvent prendre en compte lors de l’élaboration de leurs plans d’action.",
        en="The Open Government Guide is a resource for everyone working to make their governments more transparent, responsive to citizens’ needs, accountable and effective. It sets out concrete, measurable and specific actions that governments and civil society can consider when developing their action plans.",
        es="La Guía de Gobierno Abierto es una fuente de información para quienes trabajan para que sus gobiernos sean más transparentes, atentos a las necesidades de la ciudadanía, responsables y eficaces. Presenta acciones concretas, medibles y específicas que gobiernos y sociedad civil pueden considerar al elaborar sus planes de acción.",
    ),
    T(
        fr="Conformément à la stratégie 2023–2028 du PGO, le guide actualisé sert de point de référence sur ce que les membres peuvent faire pour progresser en fonction de leurs points de départ : chaque recommandation est classée par niveau d’ambition, du niveau initial au niveau innovant.",
        en="In line with OGP’s 2023–2028 strategy, the updated guide serves as a reference point on what members can do to make progress from their own starting points: each recommendation is classified by level of ambition, from initial to innovative.",
        es="De acuerdo con la estrategia 2023–2028 de la AGA, la guía actualizada sirve de referencia sobre lo que los miembros pueden hacer para avanzar según su punto de partida: cada recomendación se clasifica por nivel de ambición, del inicial al innovador.",
    ),
]

CHAPTERS = [
    {
        "key": "open-data",
        "title": T(fr="Données ouvertes", en="Open data", es="Datos abiertos"),
        "theme": "open-data",
        "summary": T(
            fr="Publier des données publiques à haute valeur, dans des formats ouverts, et faire en sorte qu’elles soient réellement utilisées.",
            en="Publish high-value public data in open formats and make sure it is actually used.",
            es="Publicar datos públicos de alto valor en formatos abiertos y asegurarse de que realmente se utilicen.",
        ),
        "intro": [
            T(
                fr="Les administrations recueillent et conservent des données au nom des citoyens. La Déclaration pour un gouvernement ouvert engage les membres à publier les données à haute valeur, y compris des données brutes, au moment opportun et dans des formats qui en facilitent la réutilisation.",
                en="Governments collect and hold data on behalf of citizens. The Open Government Declaration commits members to publishing high-value information, including raw data, in a timely manner and in formats that facilitate reuse.",
                es="Las administraciones recopilan y conservan datos en nombre de la ciudadanía. La Declaración de Gobierno Abierto compromete a los miembros a publicar información de alto valor, incluidos datos en bruto, de manera oportuna y en formatos que faciliten su reutilización.",
            ),
            T(
                fr="La stratégie du PGO invite cependant à aller au-delà de la transparence pour elle-même : les données ouvertes doivent servir à résoudre des problèmes concrets.",
                en="OGP’s strategy, however, calls for going beyond transparency for its own sake: open data must help solve concrete problems.",
                es="Sin embargo, la estrategia de la AGA invita a ir más allá de la transparencia por sí misma: los datos abiertos deben servir para resolver problemas concretos.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Publier un premier inventaire de jeux de données",
                    "en": "Publish a first inventory of datasets",
                    "es": "Publicar un primer inventario de conjuntos de datos",
                },
                {
                    "fr": "Recenser les données détenues par l’administration, publier l’inventaire et ouvrir en priorité, en format brut et lisible par machine, les jeux de données que les citoyens et la société civile demandent le plus.",
                    "en": "Take stock of the data held by government, publish the inventory and, as a priority, release in raw, machine-readable format the datasets most requested by citizens and civil society.",
                    "es": "Hacer un inventario de los datos que posee la administración, publicarlo y abrir con prioridad, en formato bruto y legible por máquina, los conjuntos de datos más solicitados por la ciudadanía y la sociedad civil.",
                },
                stories=["mongolia-extractives-transparency"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Relier les données ouvertes à un service public",
                    "en": "Link open data to a public service",
                    "es": "Vincular los datos abiertos a un servicio público",
                },
                {
                    "fr": "Choisir un service essentiel, comme la santé, et publier des indicateurs de performance comparables et mis à jour régulièrement, accompagnés d’un outil simple qui aide les usagers à choisir et à signaler les problèmes.",
                    "en": "Choose an essential service, such as health, and publish comparable, regularly updated performance indicators, together with a simple tool that helps users choose and report problems.",
                    "es": "Elegir un servicio esencial, como la salud, y publicar indicadores de desempeño comparables y actualizados periódicamente, junto con una herramienta sencilla que ayude a las personas usuarias a elegir y a señalar problemas.",
                },
                commitments=["uruguay-health-performance"],
                stories=["uruguay-health-performance-data"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Ouvrir les données par défaut et mesurer leur réutilisation",
                    "en": "Make data open by default and measure its reuse",
                    "es": "Abrir los datos por defecto y medir su reutilización",
                },
                {
                    "fr": "Inscrire dans la réglementation le principe d’ouverture par défaut, fixer des normes communes d’interopérabilité entre administrations et publier chaque année un bilan de la réutilisation des données, établi avec les utilisateurs.",
                    "en": "Enshrine the open-by-default principle in regulation, set common interoperability standards across government and publish an annual review of data reuse, prepared with users.",
                    "es": "Consagrar en la normativa el principio de apertura por defecto, fijar normas comunes de interoperabilidad entre administraciones y publicar cada año un balance de la reutilización de los datos, elaborado con las personas usuarias.",
                },
                commitments=[
                    "mongolia-natural-resources-transparency",
                    "mexico-commitment-tracking",
                ],
            ),
        ],
    },
    {
        "key": "access-to-information",
        "title": T(
            fr="Accès à l’information", en="Access to information", es="Acceso a la información"
        ),
        "theme": "access-to-information",
        "summary": T(
            fr="Garantir le droit des citoyens à obtenir des informations sur leurs administrations, avec des voies de recours efficaces.",
            en="Guarantee citizens’ right to obtain information about their governments, with effective remedies.",
            es="Garantizar el derecho de la ciudadanía a obtener información sobre sus administraciones, con vías de recurso eficaces.",
        ),
        "intro": [
            T(
                fr="L’accès à l’information est l’un des quatre critères d’admissibilité au PGO. Les membres s’engagent à améliorer l’accès des citoyens à l’information publique et à remédier efficacement aux situations où des informations, ou leurs archives, seraient indûment retenues.",
                en="Access to information is one of the four OGP eligibility criteria. Members commit to improving citizens’ access to public information and to providing effective remedies where information, or the corresponding records, is improperly withheld.",
                es="El acceso a la información es uno de los cuatro criterios de elegibilidad de la AGA. Los miembros se comprometen a mejorar el acceso de la ciudadanía a la información pública y a remediar eficazmente las situaciones en que la información, o sus archivos, se retenga indebidamente.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Adopter ou actualiser une loi d’accès à l’information",
                    "en": "Adopt or update an access to information law",
                    "es": "Aprobar o actualizar una ley de acceso a la información",
                },
                {
                    "fr": "Élaborer avec la société civile une loi qui couvre l’ensemble des administrations, fixe des délais de réponse et limite les exceptions à ce qui est strictement nécessaire.",
                    "en": "Draft, with civil society, a law that covers all public bodies, sets response deadlines and limits exemptions to what is strictly necessary.",
                    "es": "Elaborar con la sociedad civil una ley que abarque a todas las administraciones, fije plazos de respuesta y limite las excepciones a lo estrictamente necesario.",
                },
                commitments=["ukraine-soviet-archives"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Ouvrir les archives historiques",
                    "en": "Open historical archives",
                    "es": "Abrir los archivos históricos",
                },
                {
                    "fr": "Fixer par la loi des règles de déclassification et ouvrir au public les archives tenues secrètes, en associant historiens, victimes et organisations de la société civile à la définition des priorités.",
                    "en": "Set declassification rules in law and open secret archives to the public, involving historians, victims and civil society organisations in setting priorities.",
                    "es": "Fijar por ley reglas de desclasificación y abrir al público los archivos secretos, involucrando a historiadores, víctimas y organizaciones de la sociedad civil en la definición de prioridades.",
                },
                commitments=["ukraine-soviet-archives"],
                stories=["ukraine-opening-archives"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Créer une autorité indépendante de recours",
                    "en": "Create an independent appeals body",
                    "es": "Crear un órgano independiente de apelación",
                },
                {
                    "fr": "Confier à une institution indépendante le traitement des recours, publier ses décisions et des statistiques sur les demandes, et rendre compte chaque année de la mise en œuvre du droit d’accès.",
                    "en": "Give an independent institution responsibility for appeals, publish its decisions and statistics on requests, and report every year on how the right of access is implemented.",
                    "es": "Encomendar a una institución independiente la resolución de los recursos, publicar sus decisiones y estadísticas sobre las solicitudes, e informar cada año sobre la aplicación del derecho de acceso.",
                },
                commitments=["buenos-aires-justice-information"],
            ),
        ],
    },
    {
        "key": "fiscal-openness",
        "title": T(fr="Transparence budgétaire", en="Fiscal openness", es="Apertura fiscal"),
        "theme": "fiscal-openness",
        "summary": T(
            fr="Rendre la dépense publique compréhensible et associer les citoyens aux décisions budgétaires.",
            en="Make public spending understandable and involve citizens in budget decisions.",
            es="Hacer comprensible el gasto público e involucrar a la ciudadanía en las decisiones presupuestarias.",
        ),
        "intro": [
            T(
                fr="La transparence budgétaire est un critère d’admissibilité au PGO, et la Déclaration engage les membres à intensifier la transparence de la dépense et des finances publiques. L’ouverture budgétaire figure aussi parmi les domaines fondamentaux cités par la stratégie 2023–2028.",
                en="Fiscal transparency is an OGP eligibility criterion, and the Declaration commits members to greater transparency of public spending and finances. Budget openness is also among the core areas cited in the 2023–2028 strategy.",
                es="La transparencia presupuestaria es un criterio de elegibilidad de la AGA, y la Declaración compromete a los miembros a aumentar la transparencia del gasto y de las finanzas públicas. La apertura presupuestaria figura también entre los ámbitos fundamentales citados en la estrategia 2023–2028.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Publier les documents budgétaires clés",
                    "en": "Publish key budget documents",
                    "es": "Publicar los documentos presupuestarios clave",
                },
                {
                    "fr": "Publier en ligne et dans les délais le projet de budget, le budget adopté, les rapports d’exécution et un budget citoyen rédigé en langage clair.",
                    "en": "Publish online and on time the draft budget, the enacted budget, in-year execution reports and a citizens’ budget written in plain language.",
                    "es": "Publicar en línea y a tiempo el proyecto de presupuesto, el presupuesto aprobado, los informes de ejecución y un presupuesto ciudadano redactado en lenguaje claro.",
                },
                commitments=["south-africa-open-budget"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Donner aux citoyens les outils pour suivre l’argent",
                    "en": "Give citizens tools to follow the money",
                    "es": "Dar a la ciudadanía herramientas para seguir el dinero",
                },
                {
                    "fr": "Publier les données de dépenses en format ouvert, jusqu’au niveau des projets, et proposer des visualisations qui permettent de suivre les fonds du vote du budget jusqu’aux résultats.",
                    "en": "Publish spending data in open format, down to project level, and offer visualisations that make it possible to follow funds from the budget vote to results.",
                    "es": "Publicar los datos de gasto en formato abierto, hasta el nivel de proyecto, y ofrecer visualizaciones que permitan seguir los fondos desde la votación del presupuesto hasta los resultados.",
                },
                commitments=["italy-follow-the-money"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Associer les citoyens aux choix budgétaires",
                    "en": "Involve citizens in budget choices",
                    "es": "Involucrar a la ciudadanía en las decisiones presupuestarias",
                },
                {
                    "fr": "Institutionnaliser des mécanismes par lesquels collectivités et société civile décident ensemble de l’affectation d’une partie des budgets de développement, et rendre compte publiquement de la réalisation des projets retenus.",
                    "en": "Institutionalise mechanisms through which local governments and civil society jointly decide how part of development budgets is allocated, and report publicly on delivery of the selected projects.",
                    "es": "Institucionalizar mecanismos mediante los cuales gobiernos locales y sociedad civil decidan conjuntamente la asignación de una parte de los presupuestos de desarrollo, y rendir cuentas públicamente sobre la ejecución de los proyectos elegidos.",
                },
                commitments=["south-africa-open-budget"],
                stories=["philippines-bottom-up-budgeting"],
            ),
        ],
    },
    {
        "key": "natural-resources",
        "title": T(fr="Ressources naturelles", en="Natural resources", es="Recursos naturales"),
        "theme": "natural-resources",
        "summary": T(
            fr="Ouvrir les informations sur l’exploitation des ressources naturelles pour protéger la santé publique, l’environnement et les finances publiques.",
            en="Open up information on natural resource exploitation to protect public health, the environment and public finances.",
            es="Abrir la información sobre la explotación de los recursos naturales para proteger la salud pública, el medio ambiente y las finanzas públicas.",
        ),
        "intro": [
            T(
                fr="Le groupe de travail du PGO sur la transparence de la gestion des ressources naturelles aide les membres à rendre publiques les informations sur les entreprises, les contrats et les revenus du secteur, afin que les citoyens puissent en suivre l’exploitation.",
                en="OGP’s working group on openness in natural resources helps members disclose information on companies, contracts and revenues in the sector, so that citizens can follow how resources are exploited.",
                es="El grupo de trabajo de la AGA sobre transparencia en la gestión de los recursos naturales ayuda a los miembros a divulgar información sobre empresas, contratos e ingresos del sector, para que la ciudadanía pueda seguir su explotación.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Publier la liste des entreprises et des permis",
                    "en": "Publish the list of companies and licences",
                    "es": "Publicar la lista de empresas y licencias",
                },
                {
                    "fr": "Rendre publiques les informations sur les entreprises et autres entités juridiques qui détiennent des permis d’exploitation, avec leur localisation et la durée des permis.",
                    "en": "Make public the information on companies and other legal entities holding exploitation licences, with their location and licence periods.",
                    "es": "Hacer pública la información sobre las empresas y otras entidades jurídicas que poseen licencias de explotación, con su ubicación y la duración de las licencias.",
                },
                commitments=["mongolia-natural-resources-transparency"],
                stories=["mongolia-extractives-transparency"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Publier les contrats et les paiements",
                    "en": "Publish contracts and payments",
                    "es": "Publicar contratos y pagos",
                },
                {
                    "fr": "Publier les contrats d’exploitation et les paiements versés à l’État, en format ouvert, et les rapprocher des recettes inscrites au budget.",
                    "en": "Publish exploitation contracts and payments made to the state, in open format, and reconcile them with the revenues recorded in the budget.",
                    "es": "Publicar los contratos de explotación y los pagos efectuados al Estado, en formato abierto, y cotejarlos con los ingresos registrados en el presupuesto.",
                },
                commitments=["mongolia-natural-resources-transparency"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Associer les communautés au suivi environnemental",
                    "en": "Involve communities in environmental monitoring",
                    "es": "Involucrar a las comunidades en el seguimiento ambiental",
                },
                {
                    "fr": "Publier les études d’impact et les données de surveillance environnementale, et créer avec les communautés concernées un dispositif de suivi et de recours sur les effets de l’exploitation.",
                    "en": "Publish impact assessments and environmental monitoring data, and set up with affected communities a mechanism to monitor and seek redress for the effects of exploitation.",
                    "es": "Publicar los estudios de impacto y los datos de vigilancia ambiental, y crear con las comunidades afectadas un mecanismo de seguimiento y de recurso sobre los efectos de la explotación.",
                },
                commitments=["chile-environmental-democracy"],
            ),
        ],
    },
    {
        "key": "legislative-openness",
        "title": T(
            fr="Ouverture législative", en="Legislative openness", es="Apertura legislativa"
        ),
        "theme": "legislative-openness",
        "summary": T(
            fr="Rendre le travail des parlements transparent et ouvrir l’élaboration des lois à la participation des citoyens.",
            en="Make the work of parliaments transparent and open law-making to citizen participation.",
            es="Hacer transparente el trabajo de los parlamentos y abrir la elaboración de las leyes a la participación ciudadana.",
        ),
        "intro": [
            T(
                fr="Le groupe de travail sur la transparence législative, codirigé par le National Democratic Institute et le Congrès du Chili, aide les assemblées à s’ouvrir. La stratégie 2023–2028 souligne que les réformateurs des organes exécutif, législatif et judiciaire doivent travailler ensemble.",
                en="The Legislative Openness Working Group, co-led by the National Democratic Institute and the Congress of Chile, helps legislatures open up. The 2023–2028 strategy stresses that reformers in the executive, legislative and judicial branches must work together.",
                es="El grupo de trabajo sobre apertura legislativa, codirigido por el National Democratic Institute y el Congreso de Chile, ayuda a las asambleas a abrirse. La estrategia 2023–2028 subraya que los reformadores de los poderes ejecutivo, legislativo y judicial deben trabajar juntos.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Publier les travaux parlementaires en ligne",
                    "en": "Publish parliamentary proceedings online",
                    "es": "Publicar en línea los trabajos parlamentarios",
                },
                {
                    "fr": "Mettre en ligne, en format ouvert, les projets de loi, les amendements, les comptes rendus de séance et les votes nominatifs, dans des délais qui permettent aux citoyens de réagir.",
                    "en": "Publish bills, amendments, records of proceedings and roll-call votes online in open format, in time for citizens to respond.",
                    "es": "Publicar en línea, en formato abierto, los proyectos de ley, las enmiendas, las actas de sesión y las votaciones nominales, con plazos que permitan a la ciudadanía reaccionar.",
                },
                stories=["ireland-lobbying-register"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Rendre visible l’influence des lobbyistes",
                    "en": "Make lobbyists’ influence visible",
                    "es": "Hacer visible la influencia de los grupos de presión",
                },
                {
                    "fr": "Créer un registre public du lobbying qui indique qui rencontre les décideurs, sur quels textes et avec quels objectifs, et l’étendre aux contacts avec les parlementaires.",
                    "en": "Create a public lobbying register showing who meets decision-makers, on which texts and with what aims, and extend it to contacts with members of parliament.",
                    "es": "Crear un registro público de cabildeo que indique quién se reúne con los responsables de decisiones, sobre qué textos y con qué objetivos, y extenderlo a los contactos con parlamentarios.",
                },
                commitments=["ireland-lobbying-regulation"],
                stories=["ireland-lobbying-register"],
            ),
            _r(
                "innovative",
                {
                    "fr": "Co-écrire la loi avec les citoyens",
                    "en": "Co-draft legislation with citizens",
                    "es": "Coescribir las leyes con la ciudadanía",
                },
                {
                    "fr": "Ouvrir des consultations en ligne sur les projets de loi, publier une synthèse des contributions et expliquer, article par article, comment elles ont été prises en compte.",
                    "en": "Open online consultations on bills, publish a summary of contributions and explain, article by article, how they were taken into account.",
                    "es": "Abrir consultas en línea sobre los proyectos de ley, publicar una síntesis de las contribuciones y explicar, artículo por artículo, cómo se tuvieron en cuenta.",
                },
                commitments=["ireland-lobbying-regulation"],
            ),
        ],
    },
    {
        "key": "anti-corruption",
        "title": T(
            fr="Lutte contre la corruption", en="Anti-corruption", es="Lucha contra la corrupción"
        ),
        "theme": "anti-corruption",
        "summary": T(
            fr="S’attaquer à la corruption à grande échelle et renforcer l’intégrité publique par la transparence et la participation.",
            en="Tackle grand corruption and strengthen public integrity through transparency and participation.",
            es="Combatir la gran corrupción y reforzar la integridad pública mediante la transparencia y la participación.",
        ),
        "intro": [
            T(
                fr="La stratégie 2023–2028 fait de la lutte contre la corruption à grande échelle et la kleptocratie un domaine de défi prioritaire, avec des questions spécifiques telles que la propriété bénéficiaire, la commande publique ouverte, le lobbying, le financement politique et la divulgation des actifs.",
                en="The 2023–2028 strategy makes the fight against grand corruption and kleptocracy a priority challenge area, with specific issues such as beneficial ownership, open contracting, lobbying, political finance and asset disclosure.",
                es="La estrategia 2023–2028 hace de la lucha contra la gran corrupción y la cleptocracia un ámbito de desafío prioritario, con temas específicos como la propiedad efectiva, la contratación abierta, el cabildeo, la financiación política y la declaración de patrimonio.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Protéger les lanceurs d’alerte et faciliter les signalements",
                    "en": "Protect whistleblowers and make reporting easier",
                    "es": "Proteger a los denunciantes y facilitar las denuncias",
                },
                {
                    "fr": "Adopter et appliquer une réglementation protégeant les lanceurs d’alerte, et ouvrir des canaux sûrs permettant aux citoyens de signaler les activités illicites.",
                    "en": "Adopt and enforce regulation protecting whistleblowers, and open safe channels for citizens to report illicit activities.",
                    "es": "Aprobar y aplicar una normativa que proteja a los denunciantes y abrir canales seguros para que la ciudadanía denuncie actividades ilícitas.",
                },
                stories=["montenegro-reporting-illicit-business"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Ouvrir la commande publique",
                    "en": "Open up public procurement",
                    "es": "Abrir la contratación pública",
                },
                {
                    "fr": "Publier en données ouvertes toutes les étapes des marchés publics, de la planification à l’exécution des contrats, et permettre à la société civile d’en assurer le suivi.",
                    "en": "Publish every stage of public procurement as open data, from planning to contract execution, and enable civil society to monitor it.",
                    "es": "Publicar como datos abiertos todas las etapas de la contratación pública, desde la planificación hasta la ejecución de los contratos, y permitir que la sociedad civil les dé seguimiento.",
                },
                stories=["tunisia-open-procurement"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Créer un registre public des bénéficiaires effectifs",
                    "en": "Create a public beneficial ownership register",
                    "es": "Crear un registro público de beneficiarios finales",
                },
                {
                    "fr": "Obliger les entreprises à déclarer leurs bénéficiaires effectifs, publier le registre en données ouvertes et le relier aux données de la commande publique pour détecter les flux financiers illicites.",
                    "en": "Require companies to declare their beneficial owners, publish the register as open data and link it to procurement data to detect illicit financial flows.",
                    "es": "Obligar a las empresas a declarar a sus beneficiarios finales, publicar el registro como datos abiertos y vincularlo con los datos de contratación pública para detectar flujos financieros ilícitos.",
                },
                commitments=["nigeria-beneficial-ownership"],
                stories=["nigeria-beneficial-ownership-story"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Encadrer le lobbying et publier les déclarations d’actifs",
                    "en": "Regulate lobbying and publish asset declarations",
                    "es": "Regular el cabildeo y publicar las declaraciones de patrimonio",
                },
                {
                    "fr": "Réguler le lobbying au moyen d’un registre public et établir un cadre juridique rendant publics les revenus et le patrimoine des hauts fonctionnaires, avec des contrôles et des sanctions effectifs.",
                    "en": "Regulate lobbying through a public register and establish a legal framework that makes senior officials’ income and assets public, with effective checks and sanctions.",
                    "es": "Regular el cabildeo mediante un registro público y establecer un marco jurídico que haga públicos los ingresos y el patrimonio de los altos funcionarios, con controles y sanciones efectivos.",
                },
                commitments=["ireland-lobbying-regulation"],
                stories=["ireland-lobbying-register"],
            ),
        ],
    },
    {
        "key": "digital-governance",
        "title": T(fr="Gouvernance numérique", en="Digital governance", es="Gobernanza digital"),
        "theme": "digital-governance",
        "summary": T(
            fr="Mettre les technologies numériques au service de la démocratie et les gouverner de manière ouverte.",
            en="Put digital technologies at the service of democracy and govern them openly.",
            es="Poner las tecnologías digitales al servicio de la democracia y gobernarlas de manera abierta.",
        ),
        "intro": [
            T(
                fr="La stratégie 2023–2028 met l’accent sur les politiques qui ciblent la démocratisation et la gouvernance des outils numériques, les mesures et outils visant à promouvoir la démocratie, ainsi que les données et la transformation numérique dans les autres secteurs du gouvernement.",
                en="The 2023–2028 strategy focuses on policies that target the democratisation and governance of digital tools, on measures and tools that promote democracy, and on data and digital transformation in other sectors of government.",
                es="La estrategia 2023–2028 se centra en las políticas dirigidas a la democratización y la gobernanza de las herramientas digitales, en las medidas y herramientas que promueven la democracia, y en los datos y la transformación digital en otros sectores del gobierno.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Suivre publiquement les engagements en ligne",
                    "en": "Track commitments publicly online",
                    "es": "Dar seguimiento público a los compromisos en línea",
                },
                {
                    "fr": "Mettre en ligne un tableau de bord qui montre l’avancement de chaque engagement et de ses jalons, avec les éléments de preuve, et le tenir à jour tout au long du plan d’action.",
                    "en": "Put online a dashboard showing the progress of each commitment and its milestones, with supporting evidence, and keep it up to date throughout the action plan.",
                    "es": "Poner en línea un tablero que muestre el avance de cada compromiso y de sus hitos, con la evidencia correspondiente, y mantenerlo actualizado durante todo el plan de acción.",
                },
                commitments=["mexico-commitment-tracking"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Partager le code source des outils publics",
                    "en": "Share the source code of public tools",
                    "es": "Compartir el código fuente de las herramientas públicas",
                },
                {
                    "fr": "Publier sous licence libre le code des outils numériques publics et organiser des échanges avec des administrations pairs pour qu’elles puissent les adapter.",
                    "en": "Publish the code of public digital tools under an open licence and organise exchanges with peer administrations so they can adapt them.",
                    "es": "Publicar con licencia libre el código de las herramientas digitales públicas y organizar intercambios con administraciones pares para que puedan adaptarlas.",
                },
                commitments=["mexico-commitment-tracking"],
                stories=["mexico-colombia-shared-dashboard"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Gouverner les algorithmes publics de façon transparente",
                    "en": "Govern public algorithms transparently",
                    "es": "Gobernar los algoritmos públicos de forma transparente",
                },
                {
                    "fr": "Tenir un registre public des algorithmes utilisés pour les décisions administratives, expliquer leur fonctionnement et ouvrir un droit de recours aux personnes concernées.",
                    "en": "Keep a public register of algorithms used in administrative decisions, explain how they work and give affected people a right of appeal.",
                    "es": "Llevar un registro público de los algoritmos utilizados en las decisiones administrativas, explicar su funcionamiento y abrir un derecho de recurso a las personas afectadas.",
                },
                stories=["uruguay-health-performance-data"],
            ),
        ],
    },
    {
        "key": "climate-environment",
        "title": T(
            fr="Climat et environnement", en="Climate and environment", es="Clima y medio ambiente"
        ),
        "theme": "climate-environment",
        "summary": T(
            fr="Rendre la finance et les politiques climatiques transparentes, et approfondir la participation aux décisions environnementales.",
            en="Make climate finance and climate policy transparent, and deepen participation in environmental decisions.",
            es="Hacer transparentes la financiación y las políticas climáticas, y profundizar la participación en las decisiones ambientales.",
        ),
        "intro": [
            T(
                fr="Pour faire progresser l’action climatique, la stratégie 2023–2028 met l’accent sur la transparence et la responsabilité des systèmes nationaux de gestion du financement climatique, l’ouverture des données sur le climat et, surtout, l’adoption d’innovations pour approfondir la participation aux politiques climatiques.",
                en="To advance climate action, the 2023–2028 strategy focuses on the transparency and accountability of national climate finance systems, on opening climate data and, above all, on adopting innovations that deepen participation in climate policy.",
                es="Para hacer avanzar la acción climática, la estrategia 2023–2028 se centra en la transparencia y la rendición de cuentas de los sistemas nacionales de gestión de la financiación climática, la apertura de los datos climáticos y, sobre todo, la adopción de innovaciones que profundicen la participación en las políticas climáticas.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Publier les données climatiques et environnementales",
                    "en": "Publish climate and environmental data",
                    "es": "Publicar los datos climáticos y ambientales",
                },
                {
                    "fr": "Ouvrir les données sur les émissions, la qualité de l’air et de l’eau et les autorisations environnementales, dans des formats réutilisables et avec une mise à jour régulière.",
                    "en": "Open data on emissions, air and water quality and environmental permits, in reusable formats and with regular updates.",
                    "es": "Abrir los datos sobre emisiones, calidad del aire y del agua y autorizaciones ambientales, en formatos reutilizables y con actualizaciones periódicas.",
                },
                commitments=["chile-environmental-democracy"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Garantir les droits d’accès en matière d’environnement",
                    "en": "Guarantee environmental access rights",
                    "es": "Garantizar los derechos de acceso en asuntos ambientales",
                },
                {
                    "fr": "S’appuyer sur le Principe 10 de la Déclaration de Rio pour bâtir un cadre qui garantit le droit à l’information, la participation publique et l’accès à la justice en matière d’environnement.",
                    "en": "Build on Principle 10 of the Rio Declaration to create a framework that guarantees the right to information, public participation and access to justice in environmental matters.",
                    "es": "Basarse en el Principio 10 de la Declaración de Río para construir un marco que garantice el derecho a la información, la participación pública y el acceso a la justicia en asuntos ambientales.",
                },
                commitments=["chile-environmental-democracy"],
                stories=["chile-environmental-democracy-story"],
            ),
            _r(
                "innovative",
                {
                    "fr": "Suivre la finance climatique avec les citoyens",
                    "en": "Track climate finance with citizens",
                    "es": "Seguir la financiación climática con la ciudadanía",
                },
                {
                    "fr": "Étiqueter les dépenses climatiques dans le budget, publier leur exécution projet par projet et associer la société civile et les communautés touchées à leur suivi et à leur évaluation.",
                    "en": "Tag climate spending in the budget, publish its execution project by project and involve civil society and affected communities in monitoring and evaluating it.",
                    "es": "Etiquetar el gasto climático en el presupuesto, publicar su ejecución proyecto por proyecto e involucrar a la sociedad civil y a las comunidades afectadas en su seguimiento y evaluación.",
                },
                stories=["chile-environmental-democracy-story"],
            ),
        ],
    },
    {
        "key": "justice",
        "title": T(
            fr="Justice et autonomisation juridique",
            en="Justice and legal empowerment",
            es="Justicia y empoderamiento jurídico",
        ),
        "theme": "justice",
        "summary": T(
            fr="Élargir l’accès à la justice pour les communautés et ouvrir les institutions judiciaires.",
            en="Expand access to justice for communities and open up judicial institutions.",
            es="Ampliar el acceso a la justicia para las comunidades y abrir las instituciones judiciales.",
        ),
        "intro": [
            T(
                fr="La stratégie 2023–2028 met l’accent sur l’élargissement des mécanismes d’accès à la justice pour les communautés et l’ouverture des institutions judiciaires, ainsi que sur l’utilisation du secteur de la justice pour renforcer les autres mesures de gouvernement ouvert.",
                en="The 2023–2028 strategy focuses on expanding access-to-justice mechanisms for communities and opening judicial institutions, and on using the justice sector to strengthen other open government measures.",
                es="La estrategia 2023–2028 se centra en ampliar los mecanismos de acceso a la justicia para las comunidades y abrir las instituciones judiciales, así como en utilizar el sector de la justicia para reforzar otras medidas de gobierno abierto.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Informer les citoyens sur leurs droits et les services juridiques",
                    "en": "Inform citizens about their rights and legal services",
                    "es": "Informar a la ciudadanía sobre sus derechos y los servicios jurídicos",
                },
                {
                    "fr": "Rassembler en un seul point d’accès, en ligne et hors ligne, les informations sur les services juridiques et judiciaires, rédigées en langage clair et disponibles dans les langues des communautés.",
                    "en": "Bring together in a single access point, online and offline, information on legal and justice services, written in plain language and available in community languages.",
                    "es": "Reunir en un único punto de acceso, en línea y presencial, la información sobre los servicios jurídicos y judiciales, redactada en lenguaje claro y disponible en las lenguas de las comunidades.",
                },
                commitments=["buenos-aires-justice-information"],
                stories=["buenos-aires-access-to-justice"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Étendre l’aide juridique de première ligne",
                    "en": "Expand first-line legal aid",
                    "es": "Ampliar la asistencia jurídica de primer nivel",
                },
                {
                    "fr": "Financer et former des organisations de la société civile et des parajuristes communautaires pour qu’ils accompagnent les personnes marginalisées, et publier des données sur l’accès effectif à l’aide juridique.",
                    "en": "Fund and train civil society organisations and community paralegals to support marginalised people, and publish data on actual access to legal aid.",
                    "es": "Financiar y capacitar a organizaciones de la sociedad civil y a paralegales comunitarios para que acompañen a las personas marginadas, y publicar datos sobre el acceso efectivo a la asistencia jurídica.",
                },
                commitments=["north-macedonia-legal-aid"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Ouvrir les données judiciaires",
                    "en": "Open up judicial data",
                    "es": "Abrir los datos judiciales",
                },
                {
                    "fr": "Publier les décisions de justice, dans le respect de la vie privée, ainsi que des statistiques sur les délais et le traitement des plaintes, afin que les citoyens puissent évaluer le fonctionnement de la justice.",
                    "en": "Publish court decisions, with due respect for privacy, together with statistics on delays and complaint handling, so that citizens can assess how the justice system performs.",
                    "es": "Publicar las decisiones judiciales, respetando la privacidad, así como estadísticas sobre plazos y tramitación de las denuncias, para que la ciudadanía pueda evaluar el funcionamiento de la justicia.",
                },
                commitments=["buenos-aires-justice-information"],
            ),
        ],
    },
    {
        "key": "civic-space",
        "title": T(fr="Espace civique", en="Civic space", es="Espacio cívico"),
        "theme": "civic-space",
        "summary": T(
            fr="Protéger et élargir l’espace dont la société civile a besoin pour s’exprimer, s’associer et participer.",
            en="Protect and expand the space civil society needs to speak out, associate and participate.",
            es="Proteger y ampliar el espacio que la sociedad civil necesita para expresarse, asociarse y participar.",
        ),
        "intro": [
            T(
                fr="Les membres du PGO s’engagent à protéger la capacité d’action des organisations non gouvernementales et à respecter la liberté d’expression, d’association et d’opinion. La stratégie 2023–2028 fait de la protection et du développement de l’espace civique un objectif stratégique à part entière.",
                en="OGP members commit to protecting the ability of non-governmental organisations to operate and to respecting freedom of expression, association and opinion. The 2023–2028 strategy makes protecting and expanding civic space a strategic objective in its own right.",
                es="Los miembros de la AGA se comprometen a proteger la capacidad de acción de las organizaciones no gubernamentales y a respetar la libertad de expresión, de asociación y de opinión. La estrategia 2023–2028 convierte la protección y la ampliación del espacio cívico en un objetivo estratégico propio.",
            ),
            T(
                fr="Les analyses de partenaires comme l’International Center for Not-for-Profit Law, CIVICUS et l’OCDE fournissent des recommandations solides sur les réformes nécessaires ; le PGO peut servir de plateforme pour les mettre en œuvre.",
                en="Analysis by partners such as the International Center for Not-for-Profit Law, CIVICUS and the OECD provides solid recommendations on the reforms needed; OGP can serve as a platform to implement them.",
                es="Los análisis de socios como el International Center for Not-for-Profit Law, CIVICUS y la OCDE ofrecen recomendaciones sólidas sobre las reformas necesarias; la AGA puede servir de plataforma para aplicarlas.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Simplifier la création et le financement des associations",
                    "en": "Simplify setting up and funding associations",
                    "es": "Simplificar la creación y la financiación de las asociaciones",
                },
                {
                    "fr": "Réviser avec la société civile les règles d’enregistrement, de déclaration et de financement des associations pour supprimer les obstacles injustifiés, et publier le bilan de cette révision.",
                    "en": "Review, with civil society, the rules on registering, reporting and funding associations to remove unjustified obstacles, and publish the results of the review.",
                    "es": "Revisar con la sociedad civil las normas de registro, declaración y financiación de las asociaciones para eliminar obstáculos injustificados, y publicar el balance de la revisión.",
                },
                commitments=["korea-first-street"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Donner à tous les âges des espaces pour s’associer et proposer",
                    "en": "Give people of all ages spaces to associate and propose",
                    "es": "Dar a personas de todas las edades espacios para asociarse y proponer",
                },
                {
                    "fr": "Créer des lieux et des canaux permettant aux citoyens de tous âges de se rassembler, de s’associer et de proposer des politiques, avec une réponse publique et motivée à chaque proposition.",
                    "en": "Create places and channels that allow citizens of all ages to come together, form associations and propose policies, with a public, reasoned response to every proposal.",
                    "es": "Crear lugares y canales que permitan a personas de todas las edades reunirse, asociarse y proponer políticas, con una respuesta pública y motivada a cada propuesta.",
                },
                commitments=["korea-first-street"],
                stories=["denmark-older-people-policy"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Protéger les défenseurs et les journalistes",
                    "en": "Protect defenders and journalists",
                    "es": "Proteger a las personas defensoras y a los periodistas",
                },
                {
                    "fr": "Mettre en place, avec la société civile, un mécanisme de protection des défenseurs des droits, des lanceurs d’alerte et des journalistes, et publier des données sur les menaces signalées et les suites données.",
                    "en": "Set up, with civil society, a protection mechanism for rights defenders, whistleblowers and journalists, and publish data on reported threats and how they were followed up.",
                    "es": "Establecer, con la sociedad civil, un mecanismo de protección para personas defensoras de derechos, denunciantes y periodistas, y publicar datos sobre las amenazas denunciadas y su seguimiento.",
                },
                stories=["montenegro-reporting-illicit-business"],
            ),
        ],
    },
    {
        "key": "participation-inclusion",
        "title": T(
            fr="Participation et inclusion",
            en="Participation and inclusion",
            es="Participación e inclusión",
        ),
        "theme": "participation-inclusion",
        "summary": T(
            fr="Tisser une participation publique inclusive dans la structure des institutions, en particulier pour les citoyens marginalisés ou sous-représentés.",
            en="Weave inclusive public participation into the fabric of institutions, especially for marginalised or under-represented citizens.",
            es="Integrar una participación pública inclusiva en la estructura de las instituciones, en especial para la ciudadanía marginada o subrepresentada.",
        ),
        "intro": [
            T(
                fr="La participation et l’inclusion constituent un accent transversal de la stratégie 2023–2028. Les réformes transformatrices de la participation du public ont été trop rares dans le Partenariat : gouvernements et société civile doivent faire un effort collectif pour que les gens façonnent les décisions qui affectent leur vie.",
                en="Participation and inclusion are a cross-cutting focus of the 2023–2028 strategy. Transformative public participation reforms have been too rare in the Partnership: governments and civil society must make a collective effort so that people shape the decisions that affect their lives.",
                es="La participación y la inclusión son un eje transversal de la estrategia 2023–2028. Las reformas transformadoras de la participación pública han sido demasiado escasas en la Alianza: gobiernos y sociedad civil deben hacer un esfuerzo colectivo para que las personas incidan en las decisiones que afectan a su vida.",
            ),
            T(
                fr="Les membres peuvent rendre la participation plus inclusive en travaillant avec les groupes de genre, les communautés marginalisées, les jeunes et d’autres acteurs.",
                en="Members can make participation more inclusive by working with gender groups, marginalised communities, young people and other actors.",
                es="Los miembros pueden hacer la participación más inclusiva trabajando con grupos de género, comunidades marginadas, jóvenes y otros actores.",
            ),
        ],
        "recommendations": [
            _r(
                "initial",
                {
                    "fr": "Installer un forum permanent de dialogue",
                    "en": "Set up a permanent dialogue forum",
                    "es": "Crear un foro permanente de diálogo",
                },
                {
                    "fr": "Créer un forum multi-intervenants réunissant gouvernement et société civile qui co-crée le plan d’action, suit sa mise en œuvre et publie ses comptes rendus et ses décisions.",
                    "en": "Create a multi-stakeholder forum of government and civil society that co-creates the action plan, monitors its implementation and publishes its minutes and decisions.",
                    "es": "Crear un foro multiactor de gobierno y sociedad civil que cocree el plan de acción, dé seguimiento a su implementación y publique sus actas y decisiones.",
                },
                commitments=["south-africa-open-budget"],
                stories=["uk-citizens-shape-planning"],
            ),
            _r(
                "intermediate",
                {
                    "fr": "Créer des conseils locaux de participation",
                    "en": "Create local participation councils",
                    "es": "Crear consejos locales de participación",
                },
                {
                    "fr": "Mettre en place, dans les territoires, des conseils où citoyens et collectivités dialoguent régulièrement et participent aux décisions sur les services et les projets locaux.",
                    "en": "Set up councils across the country where citizens and local governments hold regular dialogue and take part in decisions on local services and projects.",
                    "es": "Crear consejos en los territorios donde la ciudadanía y los gobiernos locales dialoguen periódicamente y participen en las decisiones sobre servicios y proyectos locales.",
                },
                commitments=["paraguay-local-development-councils"],
                stories=["indonesia-archipelago-health"],
            ),
            _r(
                "advanced",
                {
                    "fr": "Aller vers les groupes les moins entendus",
                    "en": "Reach out to the least-heard groups",
                    "es": "Llegar a los grupos menos escuchados",
                },
                {
                    "fr": "Concevoir les consultations avec les personnes âgées, les jeunes, les femmes et les communautés marginalisées, en adaptant les lieux, les horaires et les formats, et mesurer qui participe réellement.",
                    "en": "Design consultations with older people, young people, women and marginalised communities, adapting venues, times and formats, and measure who actually takes part.",
                    "es": "Diseñar las consultas con personas mayores, jóvenes, mujeres y comunidades marginadas, adaptando lugares, horarios y formatos, y medir quién participa realmente.",
                },
                commitments=["north-macedonia-legal-aid"],
                stories=["denmark-older-people-policy"],
            ),
            _r(
                "innovative",
                {
                    "fr": "Institutionnaliser la participation délibérative",
                    "en": "Institutionalise deliberative participation",
                    "es": "Institucionalizar la participación deliberativa",
                },
                {
                    "fr": "Confier des questions d’intérêt public à des assemblées de citoyens tirés au sort, inscrire dans les règles l’obligation de répondre publiquement à leurs recommandations et en évaluer l’impact.",
                    "en": "Refer public questions to assemblies of randomly selected citizens, make a public response to their recommendations mandatory and evaluate their impact.",
                    "es": "Encomendar cuestiones de interés público a asambleas de ciudadanos elegidos por sorteo, hacer obligatoria una respuesta pública a sus recomendaciones y evaluar su impacto.",
                },
                stories=["uk-citizens-shape-planning", "philippines-bottom-up-budgeting"],
            ),
        ],
    },
]
