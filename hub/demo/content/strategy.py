"""The OGP Strategy 2023–2028 (seed 001): vision, mission, context, design principles,
theory of change and the five strategic objectives with their priorities.

French is condensed from the seed (inclusive spellings such as "réformateur.rice.s" are
rendered in plain form for readability); English and Spanish are translations.
"""

from hub.demo.content import T

STRATEGY = {
    "title": T(
        "Stratégie du PGO 2023–2028",
        "OGP Strategy 2023–2028",
        "Estrategia de la AGA 2023–2028",
    ),
    "intro": T(
        "Fruit d’une consultation d’un an et de plus de 1 000 contributions, la stratégie "
        "2023–2028 renouvelle la vision du PGO comme partenariat plus politique, fondé sur des "
        "valeurs et ancré dans l’action, autour de cinq objectifs qui se renforcent mutuellement.",
        "The result of a year-long consultation and more than 1,000 contributions, the "
        "2023–2028 strategy renews the vision of OGP as a more political, values-based "
        "partnership rooted in action, around five mutually reinforcing objectives.",
        "Fruto de una consulta de un año y de más de 1.000 contribuciones, la Estrategia "
        "2023–2028 renueva la visión de la AGA como una alianza más política, basada en valores "
        "y anclada en la acción, en torno a cinco objetivos que se refuerzan mutuamente.",
    ),
    "vision": T(
        "Notre vision est celle de gouvernements ouverts travaillant en partenariat avec la "
        "société civile et les citoyens pour renforcer la démocratie et produire de meilleurs "
        "résultats pour la société.",
        "Our vision is of open governments working in partnership with civil society and "
        "citizens to strengthen democracy and deliver better outcomes for society.",
        "Nuestra visión es la de gobiernos abiertos que trabajan en alianza con la sociedad "
        "civil y la ciudadanía para fortalecer la democracia y lograr mejores resultados para la "
        "sociedad.",
    ),
    "mission": T(
        "Notre mission est d’inspirer, de connecter et de permettre à une communauté toujours "
        "croissante de réformateurs et de champions du gouvernement et de la société civile "
        "d’agir ensemble.",
        "Our mission is to inspire, connect and enable an ever-growing community of government "
        "and civil society reformers and champions to work together.",
        "Nuestra misión es inspirar, conectar y facultar a una comunidad cada vez mayor de "
        "personas reformadoras y defensoras del gobierno y de la sociedad civil para que actúen "
        "juntas.",
    ),
    "body": [
        T(
            "Le Partenariat pour un gouvernement ouvert a été créé en 2011 par des gouvernements "
            "et des organisations de la société civile à la recherche de nouvelles façons de "
            "travailler ensemble pour relever des défis de taille. Au cours de sa première "
            "décennie, il est devenu un effort mondial comptant près de 200 gouvernements "
            "nationaux et locaux et des milliers d’organisations de la société civile. Le modèle "
            "fonctionne : lorsque la société civile participe à la conception et à la mise en "
            "œuvre des plans d’action, les engagements sont plus ambitieux, mieux mis en œuvre "
            "et produisent de meilleurs résultats. Le Mécanisme d’évaluation indépendant a "
            "constaté que près de 500 engagements ont ouvert les gouvernements de manière "
            "considérable.",
            "The Open Government Partnership was created in 2011 by governments and civil "
            "society organisations looking for new ways to work together on major challenges. "
            "In its first decade it grew into a global effort of nearly 200 national and local "
            "governments and thousands of civil society organisations. The model works: when "
            "civil society is involved in designing and implementing action plans, commitments "
            "are more ambitious, better implemented and deliver better results. The Independent "
            "Reporting Mechanism found that nearly 500 commitments opened up government "
            "significantly.",
            "La Alianza para el Gobierno Abierto se creó en 2011 por gobiernos y organizaciones "
            "de la sociedad civil que buscaban nuevas formas de trabajar juntos ante grandes "
            "desafíos. En su primera década se convirtió en un esfuerzo mundial de casi 200 "
            "gobiernos nacionales y locales y miles de organizaciones de la sociedad civil. El "
            "modelo funciona: cuando la sociedad civil participa en el diseño y la ejecución de "
            "los planes de acción, los compromisos son más ambiciosos, se aplican mejor y dan "
            "mejores resultados. El Mecanismo de Revisión Independiente constató que casi 500 "
            "compromisos abrieron el gobierno de manera considerable.",
        ),
        T(
            "Dans le même temps, le monde a connu une période prolongée de recul démocratique et "
            "des défis systémiques comme le changement climatique, les conflits, les inégalités "
            "et une pandémie mondiale. Des dirigeants autoritaires et populistes ont cherché à "
            "restreindre l’espace de la société civile, à diffuser de fausses informations et à "
            "attaquer les droits de la personne, souvent sur fond de corruption. Le PGO "
            "représente l’alternative prometteuse : des milliers de réformateurs adoptent des "
            "mesures audacieuses comme la transparence de la propriété bénéficiaire ou la "
            "commande publique ouverte, et des pays comme l’Ukraine ont prouvé que les "
            "démocraties peuvent être résilientes.",
            "At the same time, the world went through a prolonged period of democratic "
            "backsliding and systemic challenges such as climate change, conflict, inequality "
            "and a global pandemic. Authoritarian and populist leaders sought to restrict civil "
            "society space, spread disinformation and attack human rights, often underpinned by "
            "corruption. OGP represents the promising alternative: thousands of reformers are "
            "adopting bold measures such as beneficial ownership transparency and open "
            "contracting, and countries like Ukraine have shown that democracies can be "
            "resilient.",
            "Al mismo tiempo, el mundo atravesó un periodo prolongado de retroceso democrático y "
            "desafíos sistémicos como el cambio climático, los conflictos, las desigualdades y "
            "una pandemia mundial. Líderes autoritarios y populistas intentaron restringir el "
            "espacio de la sociedad civil, difundir desinformación y atacar los derechos humanos, "
            "a menudo con la corrupción de fondo. La AGA representa la alternativa prometedora: "
            "miles de personas reformadoras adoptan medidas audaces como la transparencia de los "
            "beneficiarios finales o la contratación abierta, y países como Ucrania han "
            "demostrado que las democracias pueden ser resilientes.",
        ),
        T(
            "La stratégie est le résultat du processus d’engagement communautaire le plus "
            "complet de l’histoire du Partenariat : un an de consultation en trois étapes, de "
            "mai 2022 à mars 2023, portant sur la pertinence et le rôle du PGO, sur les modèles "
            "et priorités pour un plus grand impact, puis sur la mise en œuvre. Plus de 1 000 "
            "contributions ont été reçues par des plateformes en ligne, des réunions et des "
            "événements régionaux, et le projet a été ouvert aux commentaires du public pendant "
            "deux mois, conformément aux Normes de participation et de co-création du PGO.",
            "The strategy is the result of the most comprehensive community engagement process "
            "in the Partnership’s history: a year of consultation in three stages, from May 2022 "
            "to March 2023, on OGP’s relevance and role, on models and priorities for greater "
            "impact, and then on implementation. More than 1,000 contributions came in through "
            "online platforms, meetings and regional events, and the draft was open to public "
            "comment for two months, in line with the OGP Participation and Co-Creation "
            "Standards.",
            "La estrategia es el resultado del proceso de participación comunitaria más completo "
            "de la historia de la Alianza: un año de consulta en tres etapas, de mayo de 2022 a "
            "marzo de 2023, sobre la pertinencia y el papel de la AGA, sobre los modelos y "
            "prioridades para lograr un mayor impacto y, por último, sobre su puesta en marcha. "
            "Se recibieron más de 1.000 contribuciones por plataformas en línea, reuniones y "
            "eventos regionales, y el borrador se sometió a comentarios públicos durante dos "
            "meses, conforme a los Estándares de Participación y Co-creación de la AGA.",
        ),
        T(
            "Le gouvernement ouvert en tant qu’approche signifie que chacun peut accéder à des "
            "informations pertinentes et opportunes sur les décisions qui ont un impact sur sa "
            "vie, a une chance égale de participer librement à l’élaboration des politiques et "
            "peut demander réparation sans risque lorsque ses droits ne sont pas respectés ; que "
            "les fonctionnaires sont responsables de leurs décisions ; que les ressources "
            "publiques sont gérées de manière transparente et équitable ; que les gouvernements "
            "collaborent avec la société civile, les universités et le secteur privé ; et que la "
            "transparence, la responsabilité, la participation et l’inclusion sont ancrées dans "
            "la culture des gouvernements à tous les niveaux.",
            "Open government as an approach means that everyone can access relevant, timely "
            "information about the decisions that affect their lives, has an equal chance to "
            "take part freely in policymaking and can seek redress without risk when their "
            "rights are not respected; that public officials are accountable for their "
            "decisions; that public resources are managed transparently and fairly; that "
            "governments collaborate with civil society, academia and the private sector; and "
            "that transparency, accountability, participation and inclusion are embedded in the "
            "culture of government at all levels.",
            "El gobierno abierto como enfoque significa que cada persona puede acceder a "
            "información pertinente y oportuna sobre las decisiones que afectan su vida, tiene "
            "la misma oportunidad de participar libremente en la elaboración de políticas y "
            "puede buscar reparación sin riesgo cuando no se respetan sus derechos; que los "
            "funcionarios rinden cuentas de sus decisiones; que los recursos públicos se "
            "gestionan de forma transparente y equitativa; que los gobiernos colaboran con la "
            "sociedad civil, la academia y el sector privado; y que la transparencia, la rendición "
            "de cuentas, la participación y la inclusión están arraigadas en la cultura de los "
            "gobiernos en todos los niveles.",
        ),
        T(
            "Pendant sa première décennie, la principale voie du PGO a été la co-création "
            "d’engagements de réforme dans les plans d’action nationaux et locaux, avec un "
            "leadership politique de haut niveau, des échanges entre pairs et la redevabilité "
            "assurée par le MEI. La stratégie s’appuie sur ces acquis et reconnaît que des "
            "changements durables viendront d’un nombre croissant de réformateurs (dirigeants "
            "politiques, société civile, mouvements sociaux, chefs d’entreprise, journalistes, "
            "fonctionnaires) qui intègrent le gouvernement ouvert dans leur travail quotidien. "
            "Le PGO se concentrera donc sur la culture d’un mouvement beaucoup plus fort, à la "
            "fois à travers et au-delà du PGO.",
            "In its first decade, OGP’s main route was the co-creation of reform commitments in "
            "national and local action plans, backed by high-level political leadership, peer "
            "exchange and accountability through the IRM. The strategy builds on this record "
            "and recognises that lasting change will come from a growing number of reformers "
            "(political leaders, civil society, social movements, business leaders, journalists, "
            "public servants) who build open government into their daily work. OGP will "
            "therefore focus on cultivating a much stronger movement, both through and beyond "
            "OGP.",
            "En su primera década, la vía principal de la AGA fue la co-creación de compromisos "
            "de reforma en los planes de acción nacionales y locales, con liderazgo político de "
            "alto nivel, intercambio entre pares y rendición de cuentas a través del MRI. La "
            "estrategia se apoya en estos logros y reconoce que los cambios duraderos vendrán de "
            "un número creciente de personas reformadoras (líderes políticos, sociedad civil, "
            "movimientos sociales, empresariado, periodistas, funcionariado) que integran el "
            "gobierno abierto en su trabajo diario. Por ello, la AGA se centrará en cultivar un "
            "movimiento mucho más fuerte, tanto a través de la AGA como más allá de ella.",
        ),
        T(
            "Les cinq objectifs sont conçus pour être réalisés de manière intégrée, avec des "
            "stratégies adaptées au contexte. Là où existe un fort soutien politique ou une "
            "fenêtre d’opportunité, il s’agira de renforcer la capacité des réformateurs à "
            "traduire les promesses politiques en actions et à intégrer le gouvernement ouvert à "
            "long terme. Là où la volonté politique est limitée ou l’espace civique en déclin, il "
            "s’agira de trouver des propositions de valeur convaincantes et d’autres points "
            "d’entrée, de protéger l’espace de dialogue et d’empêcher les retours en arrière.",
            "The five objectives are designed to be pursued in an integrated way, with "
            "strategies adapted to context. Where there is strong political support or a window "
            "of opportunity, the aim will be to strengthen reformers’ ability to turn political "
            "promises into action and to embed open government for the long term. Where "
            "political will is limited or civic space is shrinking, the aim will be to find "
            "compelling value propositions and other entry points, to protect the space for "
            "dialogue and to prevent reforms from being rolled back.",
            "Los cinco objetivos están pensados para alcanzarse de forma integrada, con "
            "estrategias adaptadas al contexto. Donde haya un fuerte apoyo político o una "
            "ventana de oportunidad, se tratará de reforzar la capacidad de las personas "
            "reformadoras para convertir las promesas políticas en acciones e integrar el "
            "gobierno abierto a largo plazo. Donde la voluntad política sea limitada o el "
            "espacio cívico se esté reduciendo, se tratará de encontrar propuestas de valor "
            "convincentes y otros puntos de entrada, proteger el espacio de diálogo e impedir "
            "retrocesos.",
        ),
        T(
            "Les principes de conception du PGO continuent de sous-tendre la stratégie. Orienté "
            "vers l’action : tous les membres prennent et mettent en œuvre des engagements "
            "concrets, contrôlés par le MEI. Flexible mais ambitieux : chacun part de son point "
            "de départ mais va au-delà des pratiques actuelles. Véritable partenariat : le PGO "
            "est codirigé par le gouvernement et la société civile. Propriété nationale : il "
            "renforce, sans la déformer, la responsabilité des gouvernements envers les "
            "citoyens. Innovation et échange : nul n’a le monopole des bonnes pratiques. "
            "Inclusion : le PGO promeut l’inclusion des personnes traditionnellement "
            "sous-représentées.",
            "OGP’s design principles continue to underpin the strategy. Action-oriented: all "
            "members make and implement concrete commitments, monitored by the IRM. Flexible but "
            "ambitious: each starts from its own point but goes beyond current practice. True "
            "partnership: OGP is co-led by government and civil society. National ownership: it "
            "strengthens, rather than distorts, governments’ accountability to citizens. "
            "Innovation and exchange: no one has a monopoly on good practice. Inclusion: OGP "
            "promotes the inclusion of traditionally under-represented people.",
            "Los principios de diseño de la AGA siguen sustentando la estrategia. Orientada a la "
            "acción: todos los miembros asumen y ejecutan compromisos concretos, supervisados por "
            "el MRI. Flexible pero ambiciosa: cada uno parte de su propio punto, pero va más allá "
            "de las prácticas actuales. Verdadera alianza: la AGA está codirigida por el "
            "gobierno y la sociedad civil. Apropiación nacional: refuerza, sin distorsionarla, la "
            "rendición de cuentas de los gobiernos ante la ciudadanía. Innovación e intercambio: "
            "nadie tiene el monopolio de las buenas prácticas. Inclusión: la AGA promueve la "
            "inclusión de las personas tradicionalmente subrepresentadas.",
        ),
        T(
            "La théorie du changement reconnaît plusieurs conditions d’un changement durable : "
            "un fort soutien public aux réformes, exprimé par les élections, les campagnes et les "
            "mouvements sociaux ; un espace civique où chacun peut participer à la vie publique ; "
            "un leadership politique à tous les niveaux, capable de maintenir l’engagement dans "
            "la durée ; une collaboration multi-intervenants, la co-création produisant des "
            "réformes plus ambitieuses ; et un soutien et des échanges internationaux qui, sans "
            "diriger le changement national ou local, le rendent plus attrayant et réalisable.",
            "The theory of change recognises several conditions for lasting change: strong "
            "public support for reform, expressed through elections, campaigns and social "
            "movements; a civic space in which everyone can take part in public life; political "
            "leadership at all levels, able to sustain commitment over time; multi-stakeholder "
            "collaboration, since co-creation produces more ambitious reforms; and international "
            "support and exchange which, without leading national or local change, make it more "
            "attractive and achievable.",
            "La teoría del cambio reconoce varias condiciones para un cambio duradero: un fuerte "
            "apoyo público a las reformas, expresado mediante elecciones, campañas y movimientos "
            "sociales; un espacio cívico en el que todas las personas puedan participar en la "
            "vida pública; un liderazgo político en todos los niveles, capaz de mantener el "
            "compromiso en el tiempo; la colaboración entre múltiples actores, ya que la "
            "co-creación produce reformas más ambiciosas; y el apoyo y el intercambio "
            "internacionales que, sin dirigir el cambio nacional o local, lo hacen más atractivo "
            "y viable.",
        ),
    ],
    "objectives": [
        {
            "number": 1,
            "key": "growing-community",
            "title": T(
                "Bâtir une communauté croissante, engagée et interconnectée de réformateurs, "
                "d’activistes et de champions du gouvernement ouvert",
                "Build a growing, engaged and interconnected community of open government "
                "reformers, activists and champions",
                "Construir una comunidad creciente, comprometida e interconectada de personas "
                "reformadoras, activistas y defensoras del gobierno abierto",
            ),
            "summary": T(
                "La plus grande force du PGO est sa communauté. Dans les pays les plus actifs, le "
                "noyau de réformateurs du gouvernement et de la société civile a été rejoint par "
                "des élus locaux, des parlementaires, des groupes de jeunes et de défense de "
                "l’égalité des genres, des universitaires et parfois le secteur privé, des "
                "magistrats et les médias. La vision du PGO ne se réalisera que si ce dynamisme "
                "se reproduit ailleurs et nourrit un mouvement mondial plus fort.",
                "OGP’s greatest strength is its community. In the most active countries, the "
                "core of government and civil society reformers has been joined by local "
                "leaders, parliamentarians, youth and gender equality groups, academics and, in "
                "some cases, the private sector, the judiciary and the media. OGP’s vision will "
                "only be realised if this dynamism is replicated elsewhere and feeds a stronger "
                "global movement.",
                "La mayor fortaleza de la AGA es su comunidad. En los países más activos, al "
                "núcleo de personas reformadoras del gobierno y de la sociedad civil se han "
                "sumado líderes locales, parlamentarios, grupos de jóvenes y de igualdad de "
                "género, académicos y, en algunos casos, el sector privado, la judicatura y los "
                "medios. La visión de la AGA solo se hará realidad si este dinamismo se replica "
                "en otros lugares y alimenta un movimiento mundial más fuerte.",
            ),
            "body": [
                T(
                    "Ces leaders doivent disposer des compétences, des réseaux, des ressources et "
                    "des outils nécessaires pour élargir la communauté et mener des réformes "
                    "ambitieuses, et être reliés les uns aux autres au sein de réseaux nationaux, "
                    "thématiques et mondiaux qui permettent un apprentissage rapide. À l’échelle "
                    "mondiale, les ministres et les membres de la société civile du comité "
                    "directeur devront investir plus de capital politique pour convaincre leurs "
                    "pairs.",
                    "These leaders need the skills, networks, resources and tools to broaden the "
                    "community and carry out ambitious reforms, and to be connected to one "
                    "another through national, thematic and global networks that enable rapid "
                    "learning. Globally, the ministers and civil society members of the Steering "
                    "Committee will need to invest more political capital in reaching out to "
                    "their peers.",
                    "Estos líderes necesitan las competencias, redes, recursos y herramientas "
                    "para ampliar la comunidad y llevar a cabo reformas ambiciosas, y estar "
                    "conectados entre sí mediante redes nacionales, temáticas y mundiales que "
                    "permitan un aprendizaje rápido. A escala mundial, los ministros y los "
                    "miembros de la sociedad civil del Comité Directivo deberán invertir más "
                    "capital político para convencer a sus pares.",
                ),
                T(
                    "Le Secrétariat permanent consacrera des ressources à des événements "
                    "mondiaux et régionaux qui renforcent la communauté et relient ses "
                    "différentes parties. Les espaces du PGO, comme les échanges entre pairs, "
                    "continueront de réunir des secteurs aux intérêts communs, par exemple les "
                    "données ouvertes, l’accès à l’information et la réforme de la commande "
                    "publique, pour une élaboration des politiques plus intégrée.",
                    "The Support Unit will devote resources to global and regional events that "
                    "strengthen the community and connect its different parts. OGP spaces, such "
                    "as peer exchanges, will continue to bring together sectors with common "
                    "interests, for example open data, access to information and procurement "
                    "reform, for more integrated policymaking.",
                    "La Unidad de Apoyo dedicará recursos a eventos mundiales y regionales que "
                    "refuercen la comunidad y conecten sus distintas partes. Los espacios de la "
                    "AGA, como los intercambios entre pares, seguirán reuniendo a sectores con "
                    "intereses comunes, por ejemplo los datos abiertos, el acceso a la "
                    "información y la reforma de la contratación pública, para una formulación "
                    "de políticas más integrada.",
                ),
            ],
            "priorities": [
                T(
                    "Construire une coalition mondiale plus forte et plus politique pour un "
                    "gouvernement ouvert, en mobilisant maires, députés, ministres et chefs "
                    "d’État et de gouvernement, en concevant des sommets qui attirent les "
                    "décideurs et en soutenant aussi les pays non membres.",
                    "Build a stronger, more political global coalition for open government, by "
                    "mobilising mayors, legislators, ministers and heads of state and "
                    "government, designing summits that attract decision-makers and also "
                    "supporting non-member countries.",
                    "Construir una coalición mundial más fuerte y más política por el gobierno "
                    "abierto, movilizando a alcaldes, legisladores, ministros y jefes de Estado y "
                    "de gobierno, diseñando cumbres que atraigan a quienes toman decisiones y "
                    "apoyando también a los países no miembros.",
                ),
                T(
                    "Investir dans le développement du leadership des réformateurs, avec les "
                    "écoles de gouvernement et de politiques publiques, une formation "
                    "« gouvernement ouvert 101 » et l’élargissement du Collectif sur le "
                    "leadership du gouvernement ouvert à des cohortes régionales et thématiques.",
                    "Invest in leadership development for reformers, with schools of government "
                    "and public policy, an “open government 101” course and the expansion of the "
                    "Open Government Leadership Collective to regional and thematic cohorts.",
                    "Invertir en el desarrollo del liderazgo de las personas reformadoras, con "
                    "escuelas de gobierno y de políticas públicas, una formación «gobierno "
                    "abierto 101» y la ampliación del Colectivo de Liderazgo en Gobierno Abierto "
                    "a cohortes regionales y temáticas.",
                ),
                T(
                    "Développer des alliances et des partenariats stratégiques pour renforcer les "
                    "principes de gouvernement ouvert, en reliant les plateformes mondiales "
                    "comme le Sommet pour la démocratie ou la Convention des Nations Unies contre "
                    "la corruption à la mise en œuvre nationale.",
                    "Develop strategic alliances and partnerships to strengthen open government "
                    "principles, connecting global platforms such as the Summit for Democracy or "
                    "the UN Convention against Corruption with national implementation.",
                    "Desarrollar alianzas y asociaciones estratégicas para reforzar los "
                    "principios de gobierno abierto, conectando plataformas mundiales como la "
                    "Cumbre por la Democracia o la Convención de las Naciones Unidas contra la "
                    "Corrupción con la aplicación nacional.",
                ),
            ],
            "themes": ["participation-inclusion", "civic-space"],
        },
        {
            "number": 2,
            "key": "open-government-at-the-core",
            "title": T(
                "Placer le gouvernement ouvert au cœur du fonctionnement de tous les niveaux et "
                "organes du gouvernement et concrétiser leurs priorités",
                "Put open government at the core of how all levels and branches of government "
                "work and deliver on their priorities",
                "Situar el gobierno abierto en el centro del funcionamiento de todos los niveles "
                "y poderes del gobierno y hacer realidad sus prioridades",
            ),
            "summary": T(
                "Le cadre d’action du PGO repose sur des actions concrètes, la co-création avec "
                "la société civile et la redevabilité à travers le MEI. Il doit maintenant être "
                "renforcé pour encourager des réformes ambitieuses, mises en œuvre et "
                "institutionnalisées dans la durée, et adapté à des contextes variés tout en "
                "maintenant des attentes communes envers tous les membres.",
                "OGP’s framework for action rests on concrete action, co-creation with civil "
                "society and accountability through the IRM. It must now be strengthened to "
                "encourage ambitious reforms that are implemented and institutionalised over "
                "time, and adapted to varied contexts while keeping common expectations of all "
                "members.",
                "El marco de acción de la AGA se basa en acciones concretas, la co-creación con "
                "la sociedad civil y la rendición de cuentas a través del MRI. Ahora debe "
                "reforzarse para fomentar reformas ambiciosas, aplicadas e institucionalizadas "
                "en el tiempo, y adaptarse a contextos diversos manteniendo expectativas comunes "
                "para todos los miembros.",
            ),
            "body": [
                T(
                    "Dans certains pays et juridictions locales, des efforts sont en cours pour "
                    "élaborer des stratégies de gouvernement ouvert à long terme, intégrer ses "
                    "principes dans les plans de développement nationaux ou sectoriels et "
                    "étendre le programme aux gouvernements locaux, aux parlements, aux systèmes "
                    "judiciaires et aux institutions de surveillance. La vision du PGO ne se "
                    "réalisera que si ces efforts sont approfondis, institutionnalisés et "
                    "reproduits.",
                    "In some countries and local jurisdictions, efforts are under way to develop "
                    "long-term open government strategies, build its principles into national "
                    "or sectoral development plans and extend the agenda to local governments, "
                    "parliaments, justice systems and oversight institutions. OGP’s vision will "
                    "only be realised if these efforts are deepened, institutionalised and "
                    "replicated.",
                    "En algunos países y jurisdicciones locales se están elaborando estrategias "
                    "de gobierno abierto a largo plazo, integrando sus principios en los planes "
                    "de desarrollo nacionales o sectoriales y ampliando la agenda a los gobiernos "
                    "locales, los parlamentos, los sistemas judiciales y las instituciones de "
                    "control. La visión de la AGA solo se hará realidad si estos esfuerzos se "
                    "profundizan, se institucionalizan y se replican.",
                ),
                T(
                    "La communauté doit aussi mieux se préparer aux moments qui peuvent changer "
                    "le cours du gouvernement ouvert : scandales de corruption, transitions "
                    "politiques, manifestations. Gouvernements, société civile et forums "
                    "multi-intervenants formeront des coalitions pour saisir ces occasions, "
                    "tandis que le Secrétariat permanent, sous la direction du comité directeur, "
                    "créera les règles, les conseils, les services et les occasions "
                    "d’apprentissage qui soutiennent le cadre d’action.",
                    "The community must also be better prepared for moments that can change the "
                    "course of open government: corruption scandals, political transitions, "
                    "protests. Governments, civil society and multi-stakeholder forums will form "
                    "coalitions to seize these opportunities, while the Support Unit, under the "
                    "Steering Committee’s guidance, will build the rules, guidance, services and "
                    "learning opportunities that support the framework for action.",
                    "La comunidad también debe prepararse mejor para los momentos que pueden "
                    "cambiar el rumbo del gobierno abierto: escándalos de corrupción, "
                    "transiciones políticas, protestas. Gobiernos, sociedad civil y foros "
                    "multiactor formarán coaliciones para aprovechar estas oportunidades, "
                    "mientras que la Unidad de Apoyo, bajo la dirección del Comité Directivo, "
                    "creará las normas, orientaciones, servicios y oportunidades de aprendizaje "
                    "que sustentan el marco de acción.",
                ),
            ],
            "priorities": [
                T(
                    "Fournir un cadre d’action flexible adapté à divers contextes et besoins, "
                    "fondé sur la co-création, la mise en œuvre, le suivi et l’apprentissage, et "
                    "réunissant dans un cadre de base les modèles des membres locaux, nationaux "
                    "et des plans d’action parlementaires.",
                    "Provide a flexible framework for action suited to diverse contexts and "
                    "needs, grounded in co-creation, implementation, monitoring and learning, and "
                    "bringing the models for local members, national members and parliamentary "
                    "action plans into one core framework.",
                    "Ofrecer un marco de acción flexible adaptado a contextos y necesidades "
                    "diversos, basado en la co-creación, la ejecución, el seguimiento y el "
                    "aprendizaje, y que reúna en un marco básico los modelos de los miembros "
                    "locales, nacionales y de los planes de acción parlamentarios.",
                ),
                T(
                    "Soutenir l’intégration du gouvernement ouvert à tous les niveaux et organes "
                    "du travail gouvernemental, institutionnaliser les réformes pour qu’elles "
                    "survivent aux transitions politiques et intégrer le gouvernement ouvert "
                    "dans les grandes réformes sectorielles.",
                    "Support the integration of open government across all levels and branches "
                    "of government work, institutionalise reforms so that they survive political "
                    "transitions and build open government into major sectoral reforms.",
                    "Apoyar la integración del gobierno abierto en todos los niveles y poderes "
                    "del trabajo gubernamental, institucionalizar las reformas para que "
                    "sobrevivan a las transiciones políticas e integrar el gobierno abierto en "
                    "las grandes reformas sectoriales.",
                ),
                T(
                    "Être plus réactif aux conjonctures politiques favorables, en se préparant à "
                    "l’arrivée de nouveaux gouvernements comme aux risques de recul, grâce à la "
                    "réponse rapide, à la politique de réponse et au soutien des pairs.",
                    "Be more responsive to political windows of opportunity, preparing both for "
                    "the arrival of new governments and for the risk of backsliding, through "
                    "rapid response, the response policy and peer support.",
                    "Responder mejor a las coyunturas políticas favorables, preparándose tanto "
                    "para la llegada de nuevos gobiernos como para los riesgos de retroceso, "
                    "mediante la respuesta rápida, la política de respuesta y el apoyo entre "
                    "pares.",
                ),
            ],
            "themes": ["legislative-openness", "justice", "public-services"],
        },
        {
            "number": 3,
            "key": "civic-space",
            "title": T(
                "Protéger et développer l’espace civique",
                "Protect and expand civic space",
                "Proteger y ampliar el espacio cívico",
            ),
            "summary": T(
                "Depuis la création du PGO, de nombreux pays ont progressé sur différentes "
                "dimensions du gouvernement ouvert, mais l’espace civique a considérablement "
                "diminué. Ce déclin menace le principe même du modèle du PGO, un partenariat "
                "égal entre le gouvernement et la société civile : les réformes ne sont "
                "durables que si les droits démocratiques sont sauvegardés.",
                "Since OGP was founded, many countries have improved on different dimensions of "
                "open government, but civic space has shrunk considerably. This decline "
                "threatens the very principle of OGP’s model, an equal partnership between "
                "government and civil society: reforms only last if democratic rights are "
                "safeguarded.",
                "Desde la creación de la AGA, muchos países han avanzado en distintas "
                "dimensiones del gobierno abierto, pero el espacio cívico se ha reducido "
                "considerablemente. Este declive amenaza el principio mismo del modelo de la "
                "AGA, una alianza en pie de igualdad entre el gobierno y la sociedad civil: las "
                "reformas solo perduran si se salvaguardan los derechos democráticos.",
            ),
            "body": [
                T(
                    "La protection de l’espace civique est devenue une priorité du Partenariat, "
                    "à travers des engagements, le Réseau d’apprentissage des libertés "
                    "démocratiques, des événements et la politique de réponse. Les progrès sont "
                    "restés trop limités, mais le Partenariat dispose d’une marge importante pour "
                    "mobiliser davantage de dirigeants politiques au cours des cinq prochaines "
                    "années.",
                    "Protecting civic space has become a Partnership-wide priority, through "
                    "commitments, the Democratic Freedoms Learning Network, events and the "
                    "response policy. Progress has been too limited, but the Partnership has "
                    "considerable room to mobilise more political leaders over the next five "
                    "years.",
                    "La protección del espacio cívico se ha convertido en una prioridad de la "
                    "Alianza, mediante compromisos, la Red de Aprendizaje sobre Libertades "
                    "Democráticas, eventos y la política de respuesta. Los avances han sido "
                    "demasiado limitados, pero la Alianza tiene un amplio margen para movilizar a "
                    "más líderes políticos en los próximos cinco años.",
                ),
                T(
                    "Tous les membres souscrivent, en adhérant par la Déclaration pour un "
                    "gouvernement ouvert, aux principes de la Déclaration universelle des droits "
                    "de l’homme. Les dirigeants politiques peuvent faire de l’espace civique une "
                    "priorité, les hauts fonctionnaires créer des occasions de dialogue avec la "
                    "société civile, et les organisations de la société civile veiller à ce que "
                    "les réformes de l’espace civique soient prioritaires dans leurs échanges "
                    "avec les gouvernements.",
                    "By joining through the Open Government Declaration, all members endorse the "
                    "principles of the Universal Declaration of Human Rights. Political leaders "
                    "can make civic space a priority, senior officials can create opportunities "
                    "for dialogue with civil society, and civil society organisations can make "
                    "sure civic space reforms are a priority in their discussions with "
                    "governments.",
                    "Al adherirse mediante la Declaración de Gobierno Abierto, todos los miembros "
                    "suscriben los principios de la Declaración Universal de Derechos Humanos. "
                    "Los líderes políticos pueden hacer del espacio cívico una prioridad, los "
                    "altos funcionarios pueden crear oportunidades de diálogo con la sociedad "
                    "civil y las organizaciones de la sociedad civil pueden velar por que las "
                    "reformas del espacio cívico sean prioritarias en sus conversaciones con los "
                    "gobiernos.",
                ),
            ],
            "priorities": [
                T(
                    "Encourager l’action dans l’espace civique et former des champions : donner "
                    "le ton politique, saisir les occasions de réforme, relier l’espace civique à "
                    "la justice, à la lutte contre la corruption et à l’action climatique, et "
                    "mieux soutenir ses défenseurs.",
                    "Encourage action on civic space and build champions: set the political "
                    "tone, seize reform opportunities, link civic space to justice, "
                    "anti-corruption and climate action, and better support its defenders.",
                    "Fomentar la acción en materia de espacio cívico y formar defensores: marcar "
                    "el tono político, aprovechar las oportunidades de reforma, vincular el "
                    "espacio cívico con la justicia, la lucha contra la corrupción y la acción "
                    "climática, y apoyar mejor a quienes lo defienden.",
                ),
                T(
                    "Appliquer et réviser périodiquement les politiques du PGO sur l’espace "
                    "civique, dont la vérification des valeurs, la politique de réponse et le "
                    "protocole de réponse rapide, et mettre en évidence les progrès comme les "
                    "régressions.",
                    "Enforce and periodically review OGP’s civic space policies, including the "
                    "values check, the response policy and the rapid response protocol, and "
                    "highlight both progress and backsliding.",
                    "Aplicar y revisar periódicamente las políticas de la AGA sobre el espacio "
                    "cívico, incluidas la verificación de valores, la política de respuesta y el "
                    "protocolo de respuesta rápida, y poner de relieve tanto los avances como los "
                    "retrocesos.",
                ),
            ],
            "themes": ["civic-space", "participation-inclusion"],
        },
        {
            "number": 4,
            "key": "collective-progress",
            "title": T(
                "Accélérer les progrès collectifs sur les réformes du gouvernement ouvert",
                "Accelerate collective progress on open government reforms",
                "Acelerar el progreso colectivo en las reformas de gobierno abierto",
            ),
            "summary": T(
                "Les consultations ont montré que de nombreux membres souhaitent des résultats "
                "collectifs plus solides face à des défis comme le changement climatique et les "
                "inégalités. Il s’agit d’aligner les incitations, les conseils, les coalitions, "
                "les événements et l’apprentissage entre pairs derrière un défi à l’échelle du "
                "Partenariat, tout en laissant à chacun l’espace de réformes adaptées à son "
                "contexte.",
                "The consultations showed that many members want stronger collective results on "
                "challenges such as climate change and inequality. This means aligning "
                "incentives, guidance, coalitions, events and peer learning behind a "
                "Partnership-wide challenge, while leaving each member room for reforms suited "
                "to its context.",
                "Las consultas mostraron que muchos miembros desean resultados colectivos más "
                "sólidos frente a desafíos como el cambio climático y las desigualdades. Se "
                "trata de alinear incentivos, orientaciones, coaliciones, eventos y aprendizaje "
                "entre pares en torno a un desafío de toda la Alianza, dejando a cada miembro "
                "margen para reformas adaptadas a su contexto.",
            ),
            "body": [
                T(
                    "La première décennie a montré que la transparence, la responsabilité et la "
                    "participation sont utiles pour relever des défis urgents, mais qu’elles ont "
                    "été appliquées de manière inégale. Les leaders du gouvernement ouvert "
                    "devront les étendre à un plus large éventail de politiques, être plus "
                    "ambitieux et assurer une mise en œuvre crédible ; tous les membres devraient "
                    "présenter des progrès tangibles sur quelques politiques clés.",
                    "The first decade showed that transparency, accountability and participation "
                    "help tackle urgent challenges, but that they have been applied unevenly. "
                    "Open government leaders will need to extend them to a wider range of "
                    "policies, be more ambitious and ensure credible implementation; all members "
                    "should show tangible progress on a few key policies.",
                    "La primera década demostró que la transparencia, la rendición de cuentas y "
                    "la participación son útiles para afrontar desafíos urgentes, pero que se "
                    "han aplicado de forma desigual. Los líderes del gobierno abierto deberán "
                    "extenderlas a una gama más amplia de políticas, ser más ambiciosos y "
                    "garantizar una ejecución creíble; todos los miembros deberían mostrar "
                    "avances tangibles en algunas políticas clave.",
                ),
                T(
                    "Un premier ensemble de domaines de défi, issus des consultations, comprend "
                    "la lutte contre la corruption (grande corruption, kleptocratie, intégrité "
                    "publique), les technologies numériques (gouvernance des outils numériques, "
                    "données et transformation numérique), l’action climatique (financement "
                    "climatique, données ouvertes, participation) et l’autonomisation juridique "
                    "et l’accès à la justice, avec un accent transversal sur la participation et "
                    "l’inclusion.",
                    "A first set of challenge areas, drawn from the consultations, covers "
                    "anti-corruption (grand corruption, kleptocracy, public integrity), digital "
                    "technologies (governance of digital tools, data and digital "
                    "transformation), climate action (climate finance, open data, participation) "
                    "and legal empowerment and access to justice, with a cross-cutting focus on "
                    "participation and inclusion.",
                    "Un primer conjunto de áreas de desafío, surgidas de las consultas, abarca la "
                    "lucha contra la corrupción (gran corrupción, cleptocracia, integridad "
                    "pública), las tecnologías digitales (gobernanza de las herramientas "
                    "digitales, datos y transformación digital), la acción climática "
                    "(financiamiento climático, datos abiertos, participación) y el "
                    "empoderamiento jurídico y el acceso a la justicia, con un eje transversal de "
                    "participación e inclusión.",
                ),
            ],
            "priorities": [
                T(
                    "Fixer des objectifs plus ambitieux quant à la transparence, la "
                    "responsabilité, la participation et l’inclusion, avec un guide du "
                    "gouvernement ouvert actualisé, un accent sur la participation inclusive et "
                    "le travail avec les groupes de genre, les communautés marginalisées et les "
                    "jeunes.",
                    "Set higher ambitions for transparency, accountability, participation and "
                    "inclusion, with an updated Open Government Guide, a focus on inclusive "
                    "participation and work with gender groups, marginalised communities and "
                    "young people.",
                    "Fijar objetivos más ambiciosos en materia de transparencia, rendición de "
                    "cuentas, participación e inclusión, con una guía de gobierno abierto "
                    "actualizada, un énfasis en la participación inclusiva y el trabajo con "
                    "grupos de género, comunidades marginadas y jóvenes.",
                ),
                T(
                    "Lancer un défi à l’échelle du Partenariat pour promouvoir l’action "
                    "collective, sur une dizaine de domaines de gouvernement ouvert, lancé lors "
                    "du Sommet mondial de 2023 en Estonie, chaque membre étant encouragé à "
                    "progresser dans au moins quelques-uns d’entre eux.",
                    "Launch a Partnership-wide challenge to promote collective action, on around "
                    "ten open government areas, launched at the 2023 Global Summit in Estonia, "
                    "with every member encouraged to make progress in at least a few of them.",
                    "Lanzar un desafío a escala de toda la Alianza para promover la acción "
                    "colectiva, en una decena de áreas de gobierno abierto, presentado en la "
                    "Cumbre Mundial de 2023 en Estonia, animando a cada miembro a avanzar en al "
                    "menos algunas de ellas.",
                ),
            ],
            "themes": [
                "anti-corruption",
                "digital-governance",
                "climate-environment",
                "justice",
                "participation-inclusion",
                "access-to-information",
                "fiscal-openness",
                "public-services",
            ],
        },
        {
            "number": 5,
            "key": "innovation-evidence-stories",
            "title": T(
                "Devenir le berceau d’innovations, d’éléments probants et de récits inspirants "
                "en matière de gouvernement ouvert",
                "Become a hub of open government innovation, evidence and inspiring stories",
                "Convertirse en la cuna de innovaciones, evidencia y relatos inspiradores en "
                "materia de gobierno abierto",
            ),
            "summary": T(
                "Après onze ans de plans d’action, d’engagements, de rapports du MEI et de "
                "recherche, le PGO dispose d’un volume considérable de données, d’éléments "
                "probants, de récits et de réseaux d’experts. Mieux organisés et partagés, ces "
                "actifs collectifs peuvent donner aux réformateurs les moyens dont ils ont "
                "besoin et faire progresser les autres objectifs de la stratégie.",
                "After eleven years of action plans, commitments, IRM reports and research, OGP "
                "holds a considerable volume of data, evidence, stories and expert networks. "
                "Better organised and shared, these collective assets can give reformers what "
                "they need and advance the strategy’s other objectives.",
                "Tras once años de planes de acción, compromisos, informes del MRI e "
                "investigación, la AGA dispone de un volumen considerable de datos, evidencia, "
                "relatos y redes de expertos. Mejor organizados y compartidos, estos activos "
                "colectivos pueden dar a las personas reformadoras los medios que necesitan e "
                "impulsar los demás objetivos de la estrategia.",
            ),
            "body": [
                T(
                    "Cela ne réussira que si le contenu provient de la communauté, est créé par "
                    "et avec elle, et est partagé. Il faudra combiner communication narrative, "
                    "recherche qualitative et données, et équilibrer le besoin de reconnaissance "
                    "et d’inspiration avec des résultats fondés sur des éléments probants : il "
                    "s’agit de connecter à la fois le contenu et la communauté.",
                    "This will only succeed if the content comes from the community, is created "
                    "by and with it, and is shared. It will take a combination of storytelling, "
                    "qualitative research and data, balancing the need for recognition and "
                    "inspiration with evidence-based results: the aim is to connect both content "
                    "and community.",
                    "Esto solo tendrá éxito si el contenido proviene de la comunidad, se crea por "
                    "ella y con ella, y se comparte. Habrá que combinar comunicación narrativa, "
                    "investigación cualitativa y datos, y equilibrar la necesidad de "
                    "reconocimiento e inspiración con resultados basados en evidencia: se trata "
                    "de conectar a la vez el contenido y la comunidad.",
                ),
                T(
                    "Le Secrétariat permanent produira avec d’autres des ressources dynamiques : "
                    "un guide du gouvernement ouvert actualisé, co-créé avec des organisations "
                    "d’experts et servant de point de référence unique, et un référentiel de "
                    "contenu et d’éléments probants de haute qualité, comprenant notamment "
                    "OpenStories. Des programmes de prix et de reconnaissance valoriseront les "
                    "dirigeants, tandis que les universités, les chercheurs et le MEI "
                    "constitueront la base de données probantes.",
                    "The Support Unit will work with others to produce dynamic resources: an "
                    "updated Open Government Guide, co-created with expert organisations as a "
                    "single point of reference, and a repository of high-quality content and "
                    "evidence, including OpenStories. Awards and recognition programmes will "
                    "celebrate leaders, while universities, researchers and the IRM will build "
                    "the evidence base.",
                    "La Unidad de Apoyo producirá con otros actores recursos dinámicos: una guía "
                    "de gobierno abierto actualizada, co-creada con organizaciones expertas como "
                    "punto de referencia único, y un repositorio de contenidos y evidencia de "
                    "alta calidad que incluye OpenStories. Programas de premios y reconocimiento "
                    "pondrán en valor a los líderes, mientras que las universidades, los "
                    "investigadores y el MRI construirán la base de evidencia.",
                ),
            ],
            "priorities": [
                T(
                    "Développer, organiser et partager du contenu de haute qualité : un guide du "
                    "gouvernement ouvert actualisé, un référentiel de contenu et d’éléments "
                    "probants, et des recherches fondées sur les données du MEI.",
                    "Develop, curate and share high-quality content: an updated Open Government "
                    "Guide, a repository of content and evidence, and research based on IRM "
                    "data.",
                    "Desarrollar, organizar y compartir contenidos de alta calidad: una guía de "
                    "gobierno abierto actualizada, un repositorio de contenidos y evidencia, e "
                    "investigaciones basadas en los datos del MRI.",
                ),
                T(
                    "Créer des espaces pour que les gens partagent leurs histoires et établissent "
                    "des liens, notamment OpenStories et des programmes de prix et de "
                    "reconnaissance des réformateurs.",
                    "Create spaces for people to share their stories and connect, including "
                    "OpenStories and awards and recognition programmes for reformers.",
                    "Crear espacios para que las personas compartan sus historias y establezcan "
                    "vínculos, en particular OpenStories y programas de premios y reconocimiento "
                    "para las personas reformadoras.",
                ),
            ],
            "themes": ["open-data", "participation-inclusion"],
        },
    ],
}
