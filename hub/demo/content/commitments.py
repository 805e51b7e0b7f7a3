"""Commitments: the six flagship commitments of seed 000 and further examples from
seeds 001 and 000, structured on the OGP Local commitment template (seed 003, annex 2:
problem, status quo, action, OGP values, milestones with dates and status, evidence)."""

from hub.demo.content import T

OGP = "https://www.opengovpartnership.org"
IRM_REPORTS = OGP + "/irm/irm-reports"


def _m(fr, en, es, start, end, status):
    return {"description": T(fr=fr, en=en, es=es), "start": start, "end": end, "status": status}


def _e(fr, en, es, url):
    return {"title": T(fr=fr, en=en, es=es), "url": url}


def _irm(country_fr, country_en, country_es):
    return _e(
        f"Rapports du Mécanisme d’évaluation indépendant – {country_fr}",
        f"Independent Reporting Mechanism reports – {country_en}",
        f"Informes del Mecanismo de Revisión Independiente – {country_es}",
        IRM_REPORTS,
    )


def _page(fr, en, es, slug):
    return _e(
        f"Page du membre sur le site du PGO – {fr}",
        f"Member page on the OGP website – {en}",
        f"Página del miembro en el sitio de la AGA – {es}",
        f"{OGP}/members/{slug}/",
    )


COMMITMENTS = [
    {
        "key": "chile-environmental-democracy",
        "title": T(
            fr="Consolider la démocratie environnementale",
            en="Strengthening environmental democracy",
            es="Consolidar la democracia ambiental",
        ),
        "member": "cl",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": True,
        "status": "substantial",
        "themes": ["climate-environment", "justice", "access-to-information"],
        "values": ["access-to-information", "civic-participation", "public-accountability"],
        "summary": T(
            fr="Le Chili accélère la mise en œuvre régionale du Principe 10 de la Déclaration de Rio de 1992 en développant un cadre politique national et régional centré sur les citoyens.",
            en="Chile is accelerating the regional implementation of Principle 10 of the 1992 Rio Declaration by developing a citizen-centred national and regional policy framework.",
            es="Chile acelera la implementación regional del Principio 10 de la Declaración de Río de 1992 mediante un marco de políticas nacional y regional centrado en la ciudadanía.",
        ),
        "problem": [
            T(
                fr="Les décisions qui touchent l’environnement affectent directement la santé et les moyens de subsistance des citoyens, mais ceux-ci disposent rarement de l’information, des espaces de participation et des voies de recours nécessaires pour peser sur ces décisions.",
                en="Decisions affecting the environment directly affect citizens’ health and livelihoods, yet citizens rarely have the information, participation spaces and remedies they need to influence those decisions.",
                es="Las decisiones que afectan al medio ambiente inciden directamente en la salud y los medios de vida de la ciudadanía, pero esta rara vez dispone de la información, los espacios de participación y las vías de recurso necesarios para influir en ellas.",
            ),
        ],
        "status_quo": [
            T(
                fr="Le Principe 10 de la Déclaration de Rio de 1992 reconnaît le droit à l’information, à la participation publique et à l’accès à la justice en matière d’environnement, mais sa mise en œuvre régionale restait à construire.",
                en="Principle 10 of the 1992 Rio Declaration recognises the rights to information, public participation and access to justice in environmental matters, but its regional implementation still had to be built.",
                es="El Principio 10 de la Declaración de Río de 1992 reconoce el derecho a la información, a la participación pública y al acceso a la justicia en asuntos ambientales, pero su aplicación regional aún estaba por construirse.",
            ),
        ],
        "action": [
            T(
                fr="Le Chili développe un cadre politique national et régional axé sur ses citoyens qui favorise le droit à l’information, la participation publique et l’accès à la justice en matière d’environnement, et soutient la mise en œuvre régionale du Principe 10.",
                en="Chile is developing a citizen-centred national and regional policy framework that advances the right to information, public participation and access to justice in environmental matters, and supports the regional implementation of Principle 10.",
                es="Chile desarrolla un marco de políticas nacional y regional centrado en la ciudadanía que promueve el derecho a la información, la participación pública y el acceso a la justicia en asuntos ambientales, y apoya la implementación regional del Principio 10.",
            ),
        ],
        "milestones": [
            _m(
                "Organiser des consultations publiques sur la mise en œuvre du Principe 10",
                "Hold public consultations on implementing Principle 10",
                "Realizar consultas públicas sobre la implementación del Principio 10",
                "2014-09-01",
                "2015-06-30",
                "complete",
            ),
            _m(
                "Élaborer un cadre politique national sur les droits d’accès en matière d’environnement",
                "Draft a national policy framework on access rights in environmental matters",
                "Elaborar un marco de políticas nacional sobre los derechos de acceso en asuntos ambientales",
                "2015-01-01",
                "2016-03-31",
                "substantial",
            ),
            _m(
                "Contribuer aux négociations régionales sur le Principe 10 avec la participation du public",
                "Contribute to regional negotiations on Principle 10 with public participation",
                "Contribuir a las negociaciones regionales sobre el Principio 10 con participación del público",
                "2015-01-01",
                "2016-06-30",
                "substantial",
            ),
        ],
        "evidence": [_irm("Chili", "Chile", "Chile"), _page("Chili", "Chile", "Chile", "chile")],
    },
    {
        "key": "ukraine-soviet-archives",
        "title": T(
            fr="Ouvrir les archives de l’ère soviétique",
            en="Opening Soviet-era archives",
            es="Abrir los archivos de la era soviética",
        ),
        "member": "ua",
        "level": "national",
        "action_plan": "2014-2015",
        "is_flagship": True,
        "status": "complete",
        "themes": ["access-to-information"],
        "values": ["access-to-information", "civic-participation"],
        "summary": T(
            fr="En coopération avec la société civile, l’Ukraine a élaboré et adopté une loi rendant publiques les archives de l’ère soviétique tenues secrètes pendant des décennies.",
            en="Working with civil society, Ukraine drafted and adopted a law making public the Soviet-era archives that had been kept secret for decades.",
            es="En cooperación con la sociedad civil, Ucrania elaboró y aprobó una ley que hace públicos los archivos de la era soviética mantenidos en secreto durante décadas.",
        ),
        "problem": [
            T(
                fr="Pendant des décennies, les archives de l’ère soviétique sont restées secrètes, privant les citoyens, les chercheurs et les familles de l’accès à une partie essentielle de leur histoire.",
                en="For decades, Soviet-era archives remained secret, denying citizens, researchers and families access to an essential part of their history.",
                es="Durante décadas, los archivos de la era soviética permanecieron en secreto, privando a la ciudadanía, a los investigadores y a las familias del acceso a una parte esencial de su historia.",
            ),
        ],
        "status_quo": [
            T(
                fr="Au début du plan d’action, aucun cadre juridique ne garantissait l’ouverture de ces archives au public.",
                en="At the start of the action plan, no legal framework guaranteed public access to these archives.",
                es="Al inicio del plan de acción, ningún marco jurídico garantizaba el acceso público a estos archivos.",
            ),
        ],
        "action": [
            T(
                fr="Élaborer, avec la société civile, et faire adopter une loi permettant de rendre publiques les archives de l’ère soviétique.",
                en="Draft, together with civil society, and secure the adoption of a law that makes Soviet-era archives public.",
                es="Elaborar, junto con la sociedad civil, y lograr la aprobación de una ley que haga públicos los archivos de la era soviética.",
            ),
        ],
        "milestones": [
            _m(
                "Rédiger le projet de loi en coopération avec la société civile",
                "Draft the bill in cooperation with civil society",
                "Redactar el proyecto de ley en cooperación con la sociedad civil",
                "2014-07-01",
                "2015-01-31",
                "complete",
            ),
            _m(
                "Adoption de la loi sur l’ouverture des archives",
                "Adoption of the law opening the archives",
                "Aprobación de la ley de apertura de los archivos",
                "2015-02-01",
                "2015-04-09",
                "complete",
            ),
            _m(
                "Ouvrir l’accès du public aux documents d’archives",
                "Open public access to the archive records",
                "Abrir el acceso del público a los documentos de archivo",
                "2015-04-10",
                "2015-12-31",
                "complete",
            ),
        ],
        "evidence": [
            _irm("Ukraine", "Ukraine", "Ucrania"),
            _page("Ukraine", "Ukraine", "Ucrania", "ukraine"),
        ],
    },
    {
        "key": "mongolia-natural-resources-transparency",
        "title": T(
            fr="Renforcer la gestion des ressources naturelles",
            en="Strengthening natural resource management",
            es="Fortalecer la gestión de los recursos naturales",
        ),
        "member": "mn",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": True,
        "status": "substantial",
        "themes": ["natural-resources", "open-data"],
        "values": ["access-to-information", "public-accountability"],
        "summary": T(
            fr="La Mongolie publie des informations sur les entreprises et entités juridiques du secteur des ressources naturelles, au bénéfice de la santé publique et de l’environnement.",
            en="Mongolia publishes information on companies and legal entities working in the natural resource sector, for the benefit of public health and the environment.",
            es="Mongolia publica información sobre las empresas y entidades jurídicas del sector de los recursos naturales, en beneficio de la salud pública y el medio ambiente.",
        ),
        "problem": [
            T(
                fr="L’exploitation des ressources naturelles a des effets directs sur la santé publique et l’environnement, mais les citoyens savent peu de choses sur les entreprises qui opèrent dans ce secteur.",
                en="The exploitation of natural resources has a direct impact on public health and the environment, yet citizens know little about the companies operating in the sector.",
                es="La explotación de los recursos naturales tiene efectos directos en la salud pública y el medio ambiente, pero la ciudadanía sabe poco sobre las empresas que operan en el sector.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les informations sur les entreprises et autres entités juridiques du secteur étaient dispersées et difficilement accessibles au public.",
                en="Information on companies and other legal entities in the sector was scattered and hard for the public to access.",
                es="La información sobre las empresas y otras entidades jurídicas del sector estaba dispersa y era de difícil acceso para el público.",
            ),
        ],
        "action": [
            T(
                fr="Publier des informations sur les entreprises et autres entités juridiques travaillant dans le secteur des ressources naturelles afin d’assurer la transparence, au bénéfice de la santé publique et de l’environnement.",
                en="Publish information on companies and other legal entities working in the natural resource sector to ensure transparency, for the benefit of public health and the environment.",
                es="Publicar información sobre las empresas y otras entidades jurídicas que trabajan en el sector de los recursos naturales para garantizar la transparencia, en beneficio de la salud pública y el medio ambiente.",
            ),
        ],
        "milestones": [
            _m(
                "Recenser les informations à publier sur les entreprises du secteur",
                "Identify the information to be published on companies in the sector",
                "Identificar la información que se publicará sobre las empresas del sector",
                "2014-07-01",
                "2015-03-31",
                "complete",
            ),
            _m(
                "Mettre en ligne les informations sous un format ouvert",
                "Publish the information online in an open format",
                "Publicar la información en línea en un formato abierto",
                "2015-04-01",
                "2016-06-30",
                "substantial",
            ),
        ],
        "evidence": [
            _irm("Mongolie", "Mongolia", "Mongolia"),
            _page("Mongolie", "Mongolia", "Mongolia", "mongolia"),
        ],
    },
    {
        "key": "italy-follow-the-money",
        "title": T(
            fr="Suivre l’argent public", en="Follow the money", es="Seguir el dinero público"
        ),
        "member": "it",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": True,
        "status": "substantial",
        "themes": ["fiscal-openness", "open-data"],
        "values": ["access-to-information", "public-accountability", "technology-innovation"],
        "summary": T(
            fr="Afin d’accroître la redevabilité de l’État, l’Italie met en place des outils permettant aux citoyens de mieux comprendre et de suivre les dépenses publiques.",
            en="To increase government accountability, Italy is putting in place tools that help citizens better understand and track public spending.",
            es="Para aumentar la rendición de cuentas del Estado, Italia pone en marcha herramientas que permiten a la ciudadanía comprender mejor y seguir el gasto público.",
        ),
        "problem": [
            T(
                fr="Sans information claire sur la façon dont l’argent public est dépensé, les citoyens ne peuvent pas demander des comptes à l’État.",
                en="Without clear information on how public money is spent, citizens cannot hold the state to account.",
                es="Sin información clara sobre cómo se gasta el dinero público, la ciudadanía no puede exigir cuentas al Estado.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les données de dépenses publiques existaient mais restaient peu compréhensibles et peu utilisées par le grand public.",
                en="Public spending data existed but remained hard to understand and little used by the general public.",
                es="Los datos de gasto público existían, pero seguían siendo poco comprensibles y poco utilizados por el público general.",
            ),
        ],
        "action": [
            T(
                fr="Mettre en place des outils en ligne permettant aux citoyens de comprendre et de suivre les dépenses publiques.",
                en="Set up online tools that allow citizens to understand and track public spending.",
                es="Poner en marcha herramientas en línea que permitan a la ciudadanía comprender y seguir el gasto público.",
            ),
        ],
        "milestones": [
            _m(
                "Publier les données de dépenses dans des formats ouverts",
                "Publish spending data in open formats",
                "Publicar los datos de gasto en formatos abiertos",
                "2014-09-01",
                "2015-06-30",
                "complete",
            ),
            _m(
                "Lancer un outil de visualisation des dépenses destiné aux citoyens",
                "Launch a spending visualisation tool for citizens",
                "Lanzar una herramienta de visualización del gasto para la ciudadanía",
                "2015-07-01",
                "2016-06-30",
                "substantial",
            ),
        ],
        "evidence": [
            _irm("Italie", "Italy", "Italia"),
            _page("Italie", "Italy", "Italia", "italy"),
        ],
    },
    {
        "key": "paraguay-local-development-councils",
        "title": T(
            fr="Responsabiliser les citoyens au niveau local",
            en="Empowering citizens at local level",
            es="Empoderar a la ciudadanía en el ámbito local",
        ),
        "member": "py",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": True,
        "status": "substantial",
        "themes": ["participation-inclusion", "public-services"],
        "values": ["civic-participation", "public-accountability"],
        "summary": T(
            fr="Le Paraguay crée 50 conseils offrant des espaces de dialogue entre citoyens et collectivités territoriales pour associer les citoyens à la décision publique.",
            en="Paraguay is creating 50 councils that provide spaces for dialogue between citizens and local governments so that citizens can take part in public decision-making.",
            es="Paraguay crea 50 consejos que ofrecen espacios de diálogo entre la ciudadanía y los gobiernos locales para que la ciudadanía participe en la toma de decisiones públicas.",
        ),
        "problem": [
            T(
                fr="Les citoyens disposaient de peu d’occasions de participer aux décisions publiques qui concernent directement leur territoire.",
                en="Citizens had few opportunities to take part in the public decisions that directly concern their area.",
                es="La ciudadanía tenía pocas oportunidades de participar en las decisiones públicas que afectan directamente a su territorio.",
            ),
        ],
        "status_quo": [
            T(
                fr="Il n’existait pas d’espace permanent de dialogue et d’interaction entre les citoyens et les collectivités territoriales.",
                en="There was no permanent space for dialogue and interaction between citizens and local governments.",
                es="No existía un espacio permanente de diálogo e interacción entre la ciudadanía y los gobiernos locales.",
            ),
        ],
        "action": [
            T(
                fr="Créer 50 conseils comprenant des espaces de dialogue et d’interaction entre citoyens et collectivités territoriales, afin d’offrir aux citoyens la possibilité de participer au processus de prise de décision publique.",
                en="Create 50 councils with spaces for dialogue and interaction between citizens and local governments, giving citizens the opportunity to take part in public decision-making.",
                es="Crear 50 consejos con espacios de diálogo e interacción entre la ciudadanía y los gobiernos locales, para ofrecer a la ciudadanía la posibilidad de participar en la toma de decisiones públicas.",
            ),
        ],
        "milestones": [
            _m(
                "Définir le fonctionnement des conseils avec les collectivités et la société civile",
                "Define how the councils work with local governments and civil society",
                "Definir el funcionamiento de los consejos con los gobiernos locales y la sociedad civil",
                "2014-07-01",
                "2015-03-31",
                "complete",
            ),
            _m(
                "Installer les 50 conseils dans les territoires",
                "Set up the 50 councils across the country",
                "Instalar los 50 consejos en los territorios",
                "2015-04-01",
                "2016-06-30",
                "substantial",
            ),
        ],
        "evidence": [
            _irm("Paraguay", "Paraguay", "Paraguay"),
            _page("Paraguay", "Paraguay", "Paraguay", "paraguay"),
        ],
    },
    {
        "key": "ireland-lobbying-regulation",
        "title": T(
            fr="Lumière sur le trafic d’influence",
            en="Shining a light on lobbying",
            es="Arrojar luz sobre el tráfico de influencias",
        ),
        "member": "ie",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": True,
        "status": "complete",
        "themes": ["anti-corruption", "legislative-openness"],
        "values": ["access-to-information", "public-accountability"],
        "summary": T(
            fr="L’Irlande s’est engagée à réguler le lobbying et à révéler l’influence des lobbyistes dans l’élaboration des politiques publiques.",
            en="Ireland committed to regulating lobbying and revealing the influence of lobbyists on policy-making.",
            es="Irlanda se comprometió a regular el cabildeo y a revelar la influencia de los grupos de presión en la elaboración de las políticas públicas.",
        ),
        "problem": [
            T(
                fr="L’influence des lobbyistes sur l’élaboration des politiques publiques et des lois restait invisible pour les citoyens, ce qui nourrissait la défiance.",
                en="The influence of lobbyists on policy- and law-making remained invisible to citizens, fuelling distrust.",
                es="La influencia de los grupos de presión en la elaboración de políticas y leyes seguía siendo invisible para la ciudadanía, lo que alimentaba la desconfianza.",
            ),
        ],
        "status_quo": [
            T(
                fr="Aucune règle n’imposait de rendre publiques les activités de lobbying auprès des responsables publics.",
                en="No rules required lobbying activities directed at public officials to be disclosed.",
                es="Ninguna norma exigía hacer públicas las actividades de cabildeo ante los responsables públicos.",
            ),
        ],
        "action": [
            T(
                fr="Adopter une réglementation du lobbying et mettre en place un registre public révélant qui cherche à influencer les décisions publiques, sur quels sujets et auprès de qui.",
                en="Adopt lobbying regulation and set up a public register showing who seeks to influence public decisions, on which issues and with whom.",
                es="Aprobar una regulación del cabildeo y crear un registro público que muestre quién busca influir en las decisiones públicas, sobre qué temas y ante quién.",
            ),
        ],
        "milestones": [
            _m(
                "Adopter la loi sur la réglementation du lobbying",
                "Adopt the law regulating lobbying",
                "Aprobar la ley de regulación del cabildeo",
                "2014-07-01",
                "2015-03-31",
                "complete",
            ),
            _m(
                "Ouvrir le registre public du lobbying en ligne",
                "Open the online public register of lobbying",
                "Abrir el registro público de cabildeo en línea",
                "2015-04-01",
                "2015-09-30",
                "complete",
            ),
        ],
        "evidence": [
            _irm("Irlande", "Ireland", "Irlanda"),
            _page("Irlande", "Ireland", "Irlanda", "ireland"),
        ],
    },
    {
        "key": "nigeria-beneficial-ownership",
        "title": T(
            fr="Transparence sur les bénéficiaires effectifs des entreprises",
            en="Transparency of company beneficial ownership",
            es="Transparencia sobre los beneficiarios finales de las empresas",
        ),
        "member": "ng",
        "level": "national",
        "action_plan": "2017-2019",
        "is_flagship": False,
        "status": "substantial",
        "themes": ["anti-corruption"],
        "values": ["access-to-information", "public-accountability"],
        "summary": T(
            fr="Au Nigeria, gouvernement et société civile travaillent ensemble pour rendre transparents les bénéficiaires effectifs des entreprises afin d’arrêter les flux financiers illicites.",
            en="In Nigeria, government and civil society are working together to make company beneficial ownership transparent in order to stop illicit financial flows.",
            es="En Nigeria, el gobierno y la sociedad civil trabajan juntos para transparentar los beneficiarios finales de las empresas con el fin de frenar los flujos financieros ilícitos.",
        ),
        "problem": [
            T(
                fr="Des sociétés écrans dont les véritables propriétaires sont inconnus peuvent servir à dissimuler des flux financiers illicites et le blanchiment d’argent.",
                en="Shell companies whose real owners are unknown can be used to hide illicit financial flows and money laundering.",
                es="Las empresas pantalla cuyos verdaderos propietarios se desconocen pueden servir para ocultar flujos financieros ilícitos y lavado de dinero.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les informations sur les personnes qui possèdent et contrôlent réellement les entreprises n’étaient pas accessibles au public.",
                en="Information on the people who really own and control companies was not available to the public.",
                es="La información sobre las personas que realmente poseen y controlan las empresas no estaba disponible para el público.",
            ),
        ],
        "action": [
            T(
                fr="Créer, avec la société civile, un registre public des bénéficiaires effectifs des entreprises et l’utiliser pour détecter les flux financiers illicites.",
                en="Create, together with civil society, a public register of company beneficial owners and use it to detect illicit financial flows.",
                es="Crear, junto con la sociedad civil, un registro público de beneficiarios finales de las empresas y utilizarlo para detectar flujos financieros ilícitos.",
            ),
        ],
        "milestones": [
            _m(
                "Préparer le cadre juridique de la divulgation des bénéficiaires effectifs",
                "Prepare the legal framework for beneficial ownership disclosure",
                "Preparar el marco jurídico para la divulgación de los beneficiarios finales",
                "2017-01-01",
                "2018-06-30",
                "substantial",
            ),
            _m(
                "Mettre en place un registre public des bénéficiaires effectifs",
                "Set up a public register of beneficial owners",
                "Crear un registro público de beneficiarios finales",
                "2018-01-01",
                "2019-06-30",
                "limited",
            ),
        ],
        "evidence": [
            _irm("Nigeria", "Nigeria", "Nigeria"),
            _page("Nigeria", "Nigeria", "Nigeria", "nigeria"),
        ],
    },
    {
        "key": "buenos-aires-justice-information",
        "title": T(
            fr="Améliorer l’accès des citoyens à la justice et à l’information",
            en="Improving citizens’ access to justice and information",
            es="Mejorar el acceso de la ciudadanía a la justicia y a la información",
        ),
        "member": "buenos-aires",
        "level": "local",
        "action_plan": "2021-2023",
        "is_flagship": False,
        "status": "substantial",
        "themes": ["justice", "access-to-information"],
        "values": ["access-to-information", "public-accountability"],
        "summary": T(
            fr="La ville de Buenos Aires, membre du PGO local, travaille à améliorer l’accès des citoyens à la justice et à l’information.",
            en="The City of Buenos Aires, an OGP Local member, is working to improve citizens’ access to justice and information.",
            es="La Ciudad de Buenos Aires, miembro de la AGA Local, trabaja para mejorar el acceso de la ciudadanía a la justicia y a la información.",
        ),
        "problem": [
            T(
                fr="Beaucoup d’habitants ne savent pas vers quels services se tourner pour faire valoir leurs droits, ni comment obtenir les informations publiques qui les concernent.",
                en="Many residents do not know which services to turn to in order to assert their rights, nor how to obtain the public information that concerns them.",
                es="Muchos habitantes no saben a qué servicios acudir para hacer valer sus derechos ni cómo obtener la información pública que les concierne.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les informations sur les services juridiques et judiciaires de la ville étaient dispersées entre plusieurs institutions.",
                en="Information on the city’s legal and justice services was spread across several institutions.",
                es="La información sobre los servicios jurídicos y judiciales de la ciudad estaba dispersa entre varias instituciones.",
            ),
        ],
        "action": [
            T(
                fr="Co-créer avec la société civile des outils qui rassemblent et rendent compréhensibles les informations sur l’accès à la justice, et publier les données correspondantes en format ouvert.",
                en="Co-create with civil society tools that bring together and explain information on access to justice, and publish the related data in open format.",
                es="Cocrear con la sociedad civil herramientas que reúnan y expliquen la información sobre el acceso a la justicia, y publicar los datos correspondientes en formato abierto.",
            ),
        ],
        "milestones": [
            _m(
                "Cartographier les services d’accès à la justice avec les organisations de la société civile",
                "Map access-to-justice services with civil society organisations",
                "Mapear los servicios de acceso a la justicia con organizaciones de la sociedad civil",
                "2021-09-01",
                "2022-06-30",
                "complete",
            ),
            _m(
                "Publier un guide en ligne et les données ouvertes associées",
                "Publish an online guide and the related open data",
                "Publicar una guía en línea y los datos abiertos asociados",
                "2022-07-01",
                "2023-08-31",
                "substantial",
            ),
        ],
        "evidence": [
            _page("Buenos Aires", "Buenos Aires", "Buenos Aires", "buenos-aires-argentina"),
            _irm("Buenos Aires", "Buenos Aires", "Buenos Aires"),
        ],
    },
    {
        "key": "south-africa-open-budget",
        "title": T(
            fr="Ouvrir le budget national",
            en="Opening the national budget",
            es="Abrir el presupuesto nacional",
        ),
        "member": "za",
        "level": "national",
        "action_plan": "2016-2018",
        "is_flagship": False,
        "status": "substantial",
        "themes": ["fiscal-openness", "participation-inclusion"],
        "values": ["access-to-information", "civic-participation", "public-accountability"],
        "summary": T(
            fr="En Afrique du Sud, les organisations de la société civile ont travaillé avec le gouvernement pour ouvrir le budget national.",
            en="In South Africa, civil society organisations worked with the government to open up the national budget.",
            es="En Sudáfrica, las organizaciones de la sociedad civil trabajaron con el gobierno para abrir el presupuesto nacional.",
        ),
        "problem": [
            T(
                fr="Les documents budgétaires sont complexes et les citoyens peinent à comprendre comment les ressources publiques sont allouées et dépensées.",
                en="Budget documents are complex and citizens struggle to understand how public resources are allocated and spent.",
                es="Los documentos presupuestarios son complejos y a la ciudadanía le cuesta entender cómo se asignan y gastan los recursos públicos.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les informations budgétaires étaient publiées, mais peu accessibles et peu réutilisables par les citoyens et la société civile.",
                en="Budget information was published but was hard for citizens and civil society to access and reuse.",
                es="La información presupuestaria se publicaba, pero era poco accesible y poco reutilizable para la ciudadanía y la sociedad civil.",
            ),
        ],
        "action": [
            T(
                fr="Publier, avec l’appui de la société civile, les données budgétaires nationales sous une forme ouverte et compréhensible, et créer des occasions pour les citoyens de s’exprimer sur les priorités budgétaires.",
                en="With support from civil society, publish national budget data in an open and understandable form, and create opportunities for citizens to express their views on budget priorities.",
                es="Con el apoyo de la sociedad civil, publicar los datos del presupuesto nacional de forma abierta y comprensible, y crear oportunidades para que la ciudadanía opine sobre las prioridades presupuestarias.",
            ),
        ],
        "milestones": [
            _m(
                "Mettre en ligne un portail de données budgétaires ouvert",
                "Launch an open budget data portal",
                "Poner en línea un portal de datos presupuestarios abiertos",
                "2016-09-01",
                "2017-06-30",
                "complete",
            ),
            _m(
                "Organiser des consultations publiques sur les priorités budgétaires",
                "Hold public consultations on budget priorities",
                "Organizar consultas públicas sobre las prioridades presupuestarias",
                "2017-07-01",
                "2018-06-30",
                "limited",
            ),
        ],
        "evidence": [
            _irm("Afrique du Sud", "South Africa", "Sudáfrica"),
            _page("Afrique du Sud", "South Africa", "Sudáfrica", "south-africa"),
        ],
    },
    {
        "key": "mexico-commitment-tracking",
        "title": T(
            fr="Un tableau de bord public pour suivre les engagements",
            en="A public dashboard to track commitments",
            es="Un tablero público para dar seguimiento a los compromisos",
        ),
        "member": "mx",
        "level": "national",
        "action_plan": "2013-2015",
        "is_flagship": False,
        "status": "complete",
        "themes": ["digital-governance", "open-data"],
        "values": ["public-accountability", "technology-innovation"],
        "summary": T(
            fr="Le Mexique a créé un site dédié au suivi de la mise en œuvre de ses engagements et en a partagé le code source, notamment avec la Colombie.",
            en="Mexico created a website dedicated to tracking the implementation of its commitments and shared its source code, notably with Colombia.",
            es="México creó un sitio dedicado al seguimiento de la implementación de sus compromisos y compartió su código fuente, en particular con Colombia.",
        ),
        "problem": [
            T(
                fr="Sans outil de suivi public, il est difficile pour les citoyens et la société civile de savoir où en est la mise en œuvre des engagements pris par le gouvernement.",
                en="Without a public tracking tool, it is hard for citizens and civil society to know how far the government’s commitments have been implemented.",
                es="Sin una herramienta pública de seguimiento, es difícil para la ciudadanía y la sociedad civil saber en qué punto está la implementación de los compromisos del gobierno.",
            ),
        ],
        "status_quo": [
            T(
                fr="Le suivi des engagements reposait sur des rapports ponctuels, publiés à la fin des cycles.",
                en="Commitment monitoring relied on occasional reports published at the end of each cycle.",
                es="El seguimiento de los compromisos se basaba en informes puntuales publicados al final de cada ciclo.",
            ),
        ],
        "action": [
            T(
                fr="Développer un tableau de bord en ligne montrant l’avancement de chaque engagement, et publier son code source pour que d’autres pays puissent l’adapter.",
                en="Develop an online dashboard showing the progress of each commitment, and publish its source code so that other countries can adapt it.",
                es="Desarrollar un tablero en línea que muestre el avance de cada compromiso y publicar su código fuente para que otros países puedan adaptarlo.",
            ),
        ],
        "milestones": [
            _m(
                "Mettre en ligne le site de suivi des engagements",
                "Launch the commitment tracking website",
                "Poner en línea el sitio de seguimiento de los compromisos",
                "2013-11-01",
                "2014-06-30",
                "complete",
            ),
            _m(
                "Publier le code source et le partager avec des pays pairs",
                "Publish the source code and share it with peer countries",
                "Publicar el código fuente y compartirlo con países pares",
                "2014-07-01",
                "2015-06-30",
                "complete",
            ),
        ],
        "evidence": [
            _irm("Mexique", "Mexico", "México"),
            _page("Mexique", "Mexico", "México", "mexico"),
        ],
    },
    {
        "key": "korea-first-street",
        "title": T(
            fr="First Street : des espaces pour s’associer et proposer",
            en="First Street: spaces to associate and propose",
            es="First Street: espacios para asociarse y proponer",
        ),
        "member": "kr",
        "level": "national",
        "action_plan": "2021-2023",
        "is_flagship": False,
        "status": "limited",
        "themes": ["civic-space", "participation-inclusion"],
        "values": ["civic-participation"],
        "summary": T(
            fr="L’initiative First Street de la République de Corée vise à permettre aux citoyens de tous âges de se rassembler, de s’associer et de proposer des politiques qui répondent à leurs besoins.",
            en="The Republic of Korea’s First Street initiative aims to enable citizens of all ages to come together, form associations and propose policies that meet their needs.",
            es="La iniciativa First Street de la República de Corea busca que personas de todas las edades puedan reunirse, asociarse y proponer políticas que respondan a sus necesidades.",
        ),
        "problem": [
            T(
                fr="Les citoyens, en particulier les plus jeunes et les plus âgés, manquent d’espaces pour se réunir, s’organiser et faire entendre leurs propositions.",
                en="Citizens, especially the youngest and the oldest, lack spaces to meet, organise and make their proposals heard.",
                es="La ciudadanía, en especial las personas más jóvenes y las mayores, carece de espacios para reunirse, organizarse y hacer oír sus propuestas.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les dispositifs de soutien à la vie associative et aux propositions citoyennes restaient peu connus et inégalement accessibles.",
                en="Support for associations and citizen proposals was little known and unevenly accessible.",
                es="Los mecanismos de apoyo a las asociaciones y a las propuestas ciudadanas eran poco conocidos y de acceso desigual.",
            ),
        ],
        "action": [
            T(
                fr="Soutenir la création d’associations citoyennes et ouvrir un canal permettant de proposer des politiques publiques et d’en suivre le traitement.",
                en="Support the creation of citizen associations and open a channel for proposing public policies and following how they are handled.",
                es="Apoyar la creación de asociaciones ciudadanas y abrir un canal para proponer políticas públicas y seguir su tramitación.",
            ),
        ],
        "milestones": [
            _m(
                "Lancer un programme d’accompagnement des associations citoyennes",
                "Launch a support programme for citizen associations",
                "Lanzar un programa de acompañamiento para asociaciones ciudadanas",
                "2021-09-01",
                "2022-08-31",
                "substantial",
            ),
            _m(
                "Ouvrir un canal de propositions de politiques avec un suivi public des réponses",
                "Open a policy proposal channel with public tracking of responses",
                "Abrir un canal de propuestas de políticas con seguimiento público de las respuestas",
                "2022-09-01",
                "2023-08-31",
                "not-started",
            ),
        ],
        "evidence": [
            _page(
                "République de Corée",
                "Republic of Korea",
                "República de Corea",
                "republic-of-korea",
            )
        ],
    },
    {
        "key": "north-macedonia-legal-aid",
        "title": T(
            fr="Accès à la justice et aux services juridiques pour les citoyens marginalisés",
            en="Access to justice and legal services for marginalised citizens",
            es="Acceso a la justicia y a servicios jurídicos para la ciudadanía marginada",
        ),
        "member": "mk",
        "level": "national",
        "action_plan": "2021-2023",
        "is_flagship": False,
        "status": "substantial",
        "themes": ["justice", "participation-inclusion"],
        "values": ["civic-participation", "public-accountability"],
        "summary": T(
            fr="En Macédoine du Nord, des réformateurs travaillent avec des organisations de la société civile pour améliorer l’accès à la justice et aux services juridiques des citoyens marginalisés.",
            en="In North Macedonia, reformers are working with civil society organisations to improve marginalised citizens’ access to justice and legal services.",
            es="En Macedonia del Norte, reformadores trabajan con organizaciones de la sociedad civil para mejorar el acceso de la ciudadanía marginada a la justicia y a los servicios jurídicos.",
        ),
        "problem": [
            T(
                fr="Les personnes marginalisées rencontrent des obstacles financiers, géographiques et d’information pour faire valoir leurs droits devant la justice.",
                en="Marginalised people face financial, geographic and information barriers when trying to assert their rights in court.",
                es="Las personas marginadas enfrentan barreras económicas, geográficas y de información para hacer valer sus derechos ante la justicia.",
            ),
        ],
        "status_quo": [
            T(
                fr="L’aide juridique gratuite existait mais restait peu utilisée, faute d’être connue des personnes qui en ont le plus besoin.",
                en="Free legal aid existed but was little used, because the people who need it most did not know about it.",
                es="La asistencia jurídica gratuita existía, pero se usaba poco porque las personas que más la necesitan no la conocían.",
            ),
        ],
        "action": [
            T(
                fr="Étendre l’aide juridique de première ligne en s’appuyant sur les organisations de la société civile présentes auprès des communautés, et mieux informer les citoyens sur leurs droits.",
                en="Expand first-line legal aid through civil society organisations that work with communities, and better inform citizens about their rights.",
                es="Ampliar la asistencia jurídica de primer nivel a través de organizaciones de la sociedad civil presentes en las comunidades e informar mejor a la ciudadanía sobre sus derechos.",
            ),
        ],
        "milestones": [
            _m(
                "Former des organisations de la société civile à l’aide juridique de première ligne",
                "Train civil society organisations to provide first-line legal aid",
                "Capacitar a organizaciones de la sociedad civil en asistencia jurídica de primer nivel",
                "2021-10-01",
                "2022-09-30",
                "complete",
            ),
            _m(
                "Mener une campagne d’information sur le droit à l’aide juridique",
                "Run an information campaign on the right to legal aid",
                "Realizar una campaña informativa sobre el derecho a la asistencia jurídica",
                "2022-10-01",
                "2023-08-31",
                "substantial",
            ),
        ],
        "evidence": [
            _irm("Macédoine du Nord", "North Macedonia", "Macedonia del Norte"),
            _page("Macédoine du Nord", "North Macedonia", "Macedonia del Norte", "north-macedonia"),
        ],
    },
    {
        "key": "uruguay-health-performance",
        "title": T(
            fr="Des indicateurs de performance des prestataires de santé ouverts aux citoyens",
            en="Health provider performance indicators open to citizens",
            es="Indicadores de desempeño de los prestadores de salud abiertos a la ciudadanía",
        ),
        "member": "uy",
        "level": "national",
        "action_plan": "2014-2016",
        "is_flagship": False,
        "status": "complete",
        "themes": ["public-services", "open-data"],
        "values": ["access-to-information", "technology-innovation"],
        "summary": T(
            fr="L’Uruguay a accordé à ses citoyens un accès sans précédent aux indices de performance des prestataires de soins de santé, initiative récompensée en 2015.",
            en="Uruguay gave its citizens unprecedented access to performance indicators of health care providers, an initiative recognised in 2015.",
            es="Uruguay brindó a su ciudadanía un acceso sin precedentes a los indicadores de desempeño de los prestadores de salud, una iniciativa premiada en 2015.",
        ),
        "problem": [
            T(
                fr="Pour choisir un prestataire de soins, les usagers manquaient d’informations comparables sur la qualité, les délais et les coûts des services.",
                en="When choosing a health care provider, patients lacked comparable information on the quality, waiting times and costs of services.",
                es="Al elegir un prestador de salud, las personas usuarias carecían de información comparable sobre la calidad, los tiempos de espera y los costos de los servicios.",
            ),
        ],
        "status_quo": [
            T(
                fr="Les indicateurs de performance étaient collectés par l’administration de la santé mais n’étaient pas présentés au public sous une forme utilisable.",
                en="Performance indicators were collected by the health administration but were not presented to the public in a usable form.",
                es="La administración sanitaria recopilaba los indicadores de desempeño, pero no los presentaba al público de forma utilizable.",
            ),
        ],
        "action": [
            T(
                fr="Publier en ligne, en données ouvertes, les indices de performance des prestataires de soins de santé, dans un outil permettant de les comparer facilement.",
                en="Publish health care providers’ performance indicators online as open data, in a tool that makes them easy to compare.",
                es="Publicar en línea, como datos abiertos, los indicadores de desempeño de los prestadores de salud, en una herramienta que permita compararlos fácilmente.",
            ),
        ],
        "milestones": [
            _m(
                "Sélectionner les indicateurs avec les usagers et les prestataires",
                "Select the indicators with patients and providers",
                "Seleccionar los indicadores con personas usuarias y prestadores",
                "2014-09-01",
                "2015-02-28",
                "complete",
            ),
            _m(
                "Lancer l’outil de comparaison en ligne et publier les données",
                "Launch the online comparison tool and publish the data",
                "Lanzar la herramienta de comparación en línea y publicar los datos",
                "2015-03-01",
                "2015-12-31",
                "complete",
            ),
        ],
        "evidence": [
            _irm("Uruguay", "Uruguay", "Uruguay"),
            _page("Uruguay", "Uruguay", "Uruguay", "uruguay"),
        ],
    },
]
