"""OpenStories drawn from the source documents: award winners and regional champions
(seed 000), flagship commitments (seed 000), examples cited in the OGP Strategy 2023–2028
(seed 001) and the co-chairs' priorities of inclusion, participation and impact (seed 002).
Quotes are taken from the documents themselves, never attributed to individuals."""

from hub.demo.content import T


def _p(fr, en, es):
    return ("paragraph", T(fr=fr, en=en, es=es))


def _q(quote, attribution):
    return ("quote", {"quote": T(**quote), "attribution": T(**attribution)})


DECLARATION = {
    "fr": "Déclaration commune pour un gouvernement ouvert",
    "en": "Open Government Declaration",
    "es": "Declaración de Gobierno Abierto",
}
BROCHURE = {
    "fr": "Brochure de présentation du PGO",
    "en": "OGP introductory brochure",
    "es": "Folleto de presentación de la AGA",
}
STRATEGY = {
    "fr": "Stratégie du PGO 2023–2028",
    "en": "OGP Strategy 2023–2028",
    "es": "Estrategia de la AGA 2023–2028",
}
COCHAIRS = {
    "fr": "Priorités des coprésidents du PGO",
    "en": "Priorities of the OGP co-chairs",
    "es": "Prioridades de los copresidentes de la AGA",
}

STORIES = [
    {
        "key": "philippines-bottom-up-budgeting",
        "title": T(
            fr="Philippines : collectivités et société civile décident ensemble des budgets locaux",
            en="Philippines: local governments and civil society decide local budgets together",
            es="Filipinas: gobiernos locales y sociedad civil deciden juntos los presupuestos locales",
        ),
        "intro": T(
            fr="Lauréates des Prix du gouvernement ouvert 2014, les Philippines ont réuni collectivités locales et société civile pour allouer des budgets à des projets de développement.",
            en="Winner of the 2014 Open Government Awards, the Philippines brought local governments and civil society together to allocate budgets to development projects.",
            es="Ganadora de los Premios de Gobierno Abierto 2014, Filipinas reunió a gobiernos locales y sociedad civil para asignar presupuestos a proyectos de desarrollo.",
        ),
        "member": "ph",
        "themes": ["fiscal-openness", "participation-inclusion"],
        "values": ["civic-participation", "public-accountability"],
        "date": "2014-09-24",
        "body": [
            _p(
                "En 2014, le thème des Prix du gouvernement ouvert était la mobilisation citoyenne. Parmi les trois lauréats figuraient les Philippines, où les collectivités locales et la société civile ont travaillé de concert pour allouer des budgets à des projets de développement.",
                "In 2014, the theme of the Open Government Awards was citizen engagement. One of the three winners was the Philippines, where local governments and civil society worked hand in hand to allocate budgets to development projects.",
                "En 2014, el tema de los Premios de Gobierno Abierto fue la participación ciudadana. Uno de los tres ganadores fue Filipinas, donde los gobiernos locales y la sociedad civil trabajaron de la mano para asignar presupuestos a proyectos de desarrollo.",
            ),
            _p(
                "Plutôt que de décider seules, les collectivités ont ouvert la préparation budgétaire aux organisations locales, qui ont contribué à choisir les projets prioritaires pour leurs communautés.",
                "Instead of deciding alone, local governments opened budget preparation to local organisations, which helped choose the priority projects for their communities.",
                "En lugar de decidir solos, los gobiernos locales abrieron la preparación del presupuesto a las organizaciones locales, que ayudaron a elegir los proyectos prioritarios para sus comunidades.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à co-construire les politiques publiques avec un maximum de transparence, et à associer les citoyens au suivi et à l’évaluation de l’action publique.",
                    "en": "We commit to co-creating public policy with maximum transparency and to involving citizens in monitoring and evaluating public action.",
                    "es": "Nos comprometemos a cocrear las políticas públicas con la máxima transparencia y a involucrar a la ciudadanía en el seguimiento y la evaluación de la acción pública.",
                },
                DECLARATION,
            ),
            _p(
                "Cette expérience a aussi nourri les échanges entre pairs du PGO : les Philippines et la Sierra Leone ont partagé leurs expériences des engagements relatifs aux données ouvertes et à la lutte contre la corruption.",
                "The experience also fed OGP peer exchange: the Philippines and Sierra Leone shared lessons from their commitments on open data and anti-corruption.",
                "La experiencia también alimentó el intercambio entre pares de la AGA: Filipinas y Sierra Leona compartieron lo aprendido con sus compromisos sobre datos abiertos y lucha contra la corrupción.",
            ),
        ],
        "related_commitments": ["south-africa-open-budget", "italy-follow-the-money"],
        "tags": ["participatory budgeting", "local government", "open government awards"],
    },
    {
        "key": "denmark-older-people-policy",
        "title": T(
            fr="Danemark : les personnes âgées associées à l’élaboration des politiques",
            en="Denmark: older people help shape public policy",
            es="Dinamarca: las personas mayores participan en la elaboración de políticas",
        ),
        "intro": T(
            fr="Le Danemark a été récompensé en 2014 pour avoir donné la parole aux personnes âgées afin qu’elles participent à l’élaboration des politiques publiques.",
            en="Denmark was recognised in 2014 for giving older people a voice in shaping public policy.",
            es="Dinamarca fue premiada en 2014 por dar voz a las personas mayores en la elaboración de las políticas públicas.",
        ),
        "member": "dk",
        "themes": ["participation-inclusion", "public-services"],
        "values": ["civic-participation"],
        "date": "2014-09-25",
        "body": [
            _p(
                "Les politiques qui concernent les personnes âgées sont souvent conçues sans elles. Le Danemark a fait un autre choix : leur donner la parole pour qu’elles participent directement à l’élaboration des politiques publiques.",
                "Policies that affect older people are often designed without them. Denmark made a different choice: giving them a voice so they could take a direct part in shaping public policy.",
                "Las políticas que afectan a las personas mayores suelen diseñarse sin ellas. Dinamarca tomó otra decisión: darles voz para que participaran directamente en la elaboración de las políticas públicas.",
            ),
            _p(
                "Cette initiative a valu au Danemark l’un des trois Prix du gouvernement ouvert 2014, consacrés à la mobilisation citoyenne.",
                "The initiative earned Denmark one of the three 2014 Open Government Awards, dedicated to citizen engagement.",
                "La iniciativa le valió a Dinamarca uno de los tres Premios de Gobierno Abierto 2014, dedicados a la participación ciudadana.",
            ),
            _q(
                {
                    "fr": "Ensemble, les gouvernements de partout dans le monde ont le pouvoir d’habiliter les citoyens sous-représentés afin qu’ils puissent participer activement au sein de leur gouvernement.",
                    "en": "Together, governments around the world have the power to empower under-represented citizens so that they can take an active part in their government.",
                    "es": "Juntos, los gobiernos de todo el mundo tienen el poder de empoderar a la ciudadanía subrepresentada para que pueda participar activamente en su gobierno.",
                },
                COCHAIRS,
            ),
            _p(
                "L’exemple danois illustre une priorité que le PGO n’a cessé de réaffirmer depuis : rendre la participation plus inclusive en travaillant avec les groupes qui sont le moins entendus.",
                "The Danish example illustrates a priority OGP has reaffirmed ever since: making participation more inclusive by working with the groups that are least heard.",
                "El ejemplo danés ilustra una prioridad que la AGA ha reafirmado desde entonces: hacer la participación más inclusiva trabajando con los grupos menos escuchados.",
            ),
        ],
        "related_commitments": ["paraguay-local-development-councils"],
        "tags": ["older people", "inclusion", "open government awards"],
    },
    {
        "key": "montenegro-reporting-illicit-business",
        "title": T(
            fr="Monténégro : les citoyens signalent l’économie illicite",
            en="Montenegro: citizens report illicit business",
            es="Montenegro: la ciudadanía denuncia la economía ilícita",
        ),
        "intro": T(
            fr="Lauréat 2014, le Monténégro a aidé ses citoyens à dénoncer les activités économiques illicites pour créer un contexte commercial plus juste.",
            en="A 2014 winner, Montenegro helped its citizens report illicit business activities to create a fairer business environment.",
            es="Ganador en 2014, Montenegro ayudó a su ciudadanía a denunciar actividades económicas ilícitas para crear un entorno comercial más justo.",
        ),
        "member": "me",
        "themes": ["anti-corruption"],
        "values": ["civic-participation", "public-accountability"],
        "date": "2014-09-26",
        "body": [
            _p(
                "L’économie informelle et les activités illicites faussent la concurrence et privent l’État de ressources. Le Monténégro a choisi de s’appuyer sur la vigilance des citoyens pour y remédier.",
                "The informal economy and illicit activities distort competition and deprive the state of resources. Montenegro chose to rely on citizens’ vigilance to tackle the problem.",
                "La economía informal y las actividades ilícitas distorsionan la competencia y privan al Estado de recursos. Montenegro decidió apoyarse en la vigilancia ciudadana para remediarlo.",
            ),
            _p(
                "En donnant aux citoyens les moyens de signaler les activités économiques illicites, le pays a contribué à un contexte commercial plus juste, ce qui lui a valu un Prix du gouvernement ouvert en 2014.",
                "By giving citizens the means to report illicit business activities, the country helped create a fairer business environment, earning it an Open Government Award in 2014.",
                "Al dar a la ciudadanía los medios para denunciar actividades económicas ilícitas, el país contribuyó a un entorno comercial más justo, lo que le valió un Premio de Gobierno Abierto en 2014.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à renforcer les moyens de dissuasion contre toute forme de corruption publique ou privée, ainsi qu’à mutualiser nos compétences en la matière.",
                    "en": "We commit to strengthening deterrents against all forms of public and private corruption and to sharing our expertise in this area.",
                    "es": "Nos comprometemos a reforzar los medios de disuasión contra toda forma de corrupción pública o privada y a compartir nuestras competencias en la materia.",
                },
                DECLARATION,
            ),
            _p(
                "L’expérience montre que la lutte contre la corruption ne repose pas seulement sur les institutions de contrôle : la participation citoyenne en est un levier puissant.",
                "The experience shows that fighting corruption does not rely on oversight institutions alone: citizen participation is a powerful lever.",
                "La experiencia muestra que la lucha contra la corrupción no depende solo de las instituciones de control: la participación ciudadana es una palanca poderosa.",
            ),
        ],
        "related_commitments": ["ireland-lobbying-regulation"],
        "tags": ["citizen reporting", "informal economy", "open government awards"],
    },
    {
        "key": "uruguay-health-performance-data",
        "title": T(
            fr="Uruguay : comparer les prestataires de santé grâce aux données ouvertes",
            en="Uruguay: comparing health providers with open data",
            es="Uruguay: comparar prestadores de salud gracias a los datos abiertos",
        ),
        "intro": T(
            fr="Lauréat 2015, l’Uruguay a donné à ses citoyens un accès sans précédent aux indices de performance des prestataires de soins de santé.",
            en="A 2015 winner, Uruguay gave its citizens unprecedented access to performance indicators of health care providers.",
            es="Ganador en 2015, Uruguay dio a su ciudadanía un acceso sin precedentes a los indicadores de desempeño de los prestadores de salud.",
        ),
        "member": "uy",
        "themes": ["public-services", "open-data"],
        "values": ["access-to-information", "technology-innovation"],
        "date": "2015-10-28",
        "body": [
            _p(
                "En 2015, les Prix du gouvernement ouvert ont mis à l’honneur l’amélioration des services publics. L’Uruguay a été récompensé pour avoir ouvert aux citoyens les indices de performance des prestataires de soins de santé.",
                "In 2015, the Open Government Awards focused on improving public services. Uruguay was recognised for opening health care providers’ performance indicators to citizens.",
                "En 2015, los Premios de Gobierno Abierto se centraron en la mejora de los servicios públicos. Uruguay fue premiado por abrir a la ciudadanía los indicadores de desempeño de los prestadores de salud.",
            ),
            _p(
                "Grâce à ces données, chaque usager peut comparer les prestataires avant de choisir, et les prestataires sont incités à améliorer la qualité de leurs services.",
                "With this data, every patient can compare providers before choosing, and providers have an incentive to improve the quality of their services.",
                "Gracias a estos datos, cada persona usuaria puede comparar a los prestadores antes de elegir, y estos tienen un incentivo para mejorar la calidad de sus servicios.",
            ),
            _q(
                {
                    "fr": "Nous soulignons que la technologie est un complément, et non un substitut, à une information claire, utile et utilisable.",
                    "en": "We recognize that technology is a complement, not a substitute, for clear, useable, and useful information.",
                    "es": "Reconocemos que la tecnología es un complemento, y no un sustituto, de una información clara, útil y utilizable.",
                },
                DECLARATION,
            ),
            _p(
                "L’initiative uruguayenne montre comment l’ouverture de données publiques peut se traduire par des changements concrets dans un service essentiel du quotidien.",
                "Uruguay’s initiative shows how opening public data can translate into concrete change in an essential everyday service.",
                "La iniciativa uruguaya muestra cómo la apertura de datos públicos puede traducirse en cambios concretos en un servicio esencial de la vida diaria.",
            ),
        ],
        "related_commitments": ["uruguay-health-performance"],
        "tags": ["health", "open data", "open government awards"],
    },
    {
        "key": "indonesia-archipelago-health",
        "title": T(
            fr="Indonésie : un partenariat pour la santé dans les archipels",
            en="Indonesia: a partnership for health in the archipelago",
            es="Indonesia: una alianza para la salud en los archipiélagos",
        ),
        "intro": T(
            fr="L’Indonésie a été récompensée en 2015 pour un partenariat dédié aux problèmes de santé propres aux archipels.",
            en="Indonesia was recognised in 2015 for a partnership dedicated to the health challenges specific to archipelagos.",
            es="Indonesia fue premiada en 2015 por una alianza dedicada a los problemas de salud propios de los archipiélagos.",
        ),
        "member": "id",
        "themes": ["public-services", "participation-inclusion"],
        "values": ["civic-participation", "public-accountability"],
        "date": "2015-10-29",
        "body": [
            _p(
                "Dans un pays composé de milliers d’îles, offrir des services de santé de qualité à tous est un défi particulier. L’Indonésie a répondu en développant un partenariat consacré aux problèmes de santé propres aux archipels.",
                "In a country made up of thousands of islands, providing quality health services to everyone is a special challenge. Indonesia responded by developing a partnership devoted to the health challenges specific to archipelagos.",
                "En un país formado por miles de islas, ofrecer servicios de salud de calidad a todos es un desafío especial. Indonesia respondió desarrollando una alianza dedicada a los problemas de salud propios de los archipiélagos.",
            ),
            _p(
                "Cette initiative figure parmi les trois lauréats des Prix du gouvernement ouvert 2015, consacrés à l’amélioration des services publics.",
                "The initiative was one of the three winners of the 2015 Open Government Awards, devoted to improving public services.",
                "La iniciativa fue una de las tres ganadoras de los Premios de Gobierno Abierto 2015, dedicados a la mejora de los servicios públicos.",
            ),
            _q(
                {
                    "fr": "Un gouvernement ouvert peut améliorer le quotidien des citoyens.",
                    "en": "Open government can improve citizens’ everyday lives.",
                    "es": "Un gobierno abierto puede mejorar la vida cotidiana de la ciudadanía.",
                },
                COCHAIRS,
            ),
            _p(
                "L’Indonésie est aussi codirigeante du groupe de travail du PGO sur la transparence de la gestion des ressources naturelles, aux côtés du Mexique et d’organisations de la société civile.",
                "Indonesia also co-leads OGP’s working group on openness in natural resources, alongside Mexico and civil society organisations.",
                "Indonesia también codirige el grupo de trabajo de la AGA sobre transparencia en la gestión de los recursos naturales, junto con México y organizaciones de la sociedad civil.",
            ),
        ],
        "related_commitments": [
            "uruguay-health-performance",
            "paraguay-local-development-councils",
        ],
        "tags": ["health", "islands", "open government awards"],
    },
    {
        "key": "uk-citizens-shape-planning",
        "title": T(
            fr="Royaume-Uni : les citoyens ont voix au chapitre en matière d’urbanisme",
            en="United Kingdom: citizens have a say in planning",
            es="Reino Unido: la ciudadanía tiene voz en el urbanismo",
        ),
        "intro": T(
            fr="Le Royaume-Uni a été récompensé en 2015 pour avoir donné à ses citoyens une voix dans la création des politiques d’urbanisme et le développement des communautés.",
            en="The United Kingdom was recognised in 2015 for giving its citizens a voice in creating planning policy and in community development.",
            es="El Reino Unido fue premiado en 2015 por dar a su ciudadanía voz en la creación de políticas urbanísticas y en el desarrollo de las comunidades.",
        ),
        "member": "gb",
        "themes": ["participation-inclusion", "public-services"],
        "values": ["civic-participation"],
        "date": "2015-10-30",
        "body": [
            _p(
                "Les décisions d’urbanisme façonnent la vie quotidienne des quartiers pour des décennies. Le Royaume-Uni a choisi d’associer les habitants à la création des politiques d’urbanisme et au développement de leurs communautés.",
                "Planning decisions shape everyday life in neighbourhoods for decades. The United Kingdom chose to involve residents in creating planning policy and developing their communities.",
                "Las decisiones urbanísticas configuran la vida cotidiana de los barrios durante décadas. El Reino Unido decidió involucrar a los habitantes en la creación de las políticas urbanísticas y en el desarrollo de sus comunidades.",
            ),
            _p(
                "Cette démarche a été distinguée parmi les trois lauréats des Prix du gouvernement ouvert 2015, consacrés à l’amélioration des services publics.",
                "The approach was one of the three winners of the 2015 Open Government Awards, devoted to improving public services.",
                "Este enfoque fue uno de los tres ganadores de los Premios de Gobierno Abierto 2015, dedicados a la mejora de los servicios públicos.",
            ),
            _q(
                {
                    "fr": "Tout le monde devrait pouvoir comprendre, participer et influencer le fonctionnement de son gouvernement.",
                    "en": "Everyone should be able to understand, participate in and influence how their government works.",
                    "es": "Todas las personas deberían poder comprender, participar e influir en el funcionamiento de su gobierno.",
                },
                COCHAIRS,
            ),
            _p(
                "Le Royaume-Uni codirige par ailleurs le groupe de travail du PGO contre la corruption, avec la Géorgie, le Brésil, Transparency International et les Open Society Foundations.",
                "The United Kingdom also co-leads OGP’s anti-corruption working group, with Georgia, Brazil, Transparency International and the Open Society Foundations.",
                "El Reino Unido también codirige el grupo de trabajo de la AGA contra la corrupción, con Georgia, Brasil, Transparency International y Open Society Foundations.",
            ),
        ],
        "related_commitments": ["paraguay-local-development-councils", "korea-first-street"],
        "tags": ["urban planning", "communities", "open government awards"],
    },
    {
        "key": "tunisia-open-procurement",
        "title": T(
            fr="Tunisie : des marchés publics plus transparents malgré un contexte difficile",
            en="Tunisia: more transparent public procurement in a difficult context",
            es="Túnez: compras públicas más transparentes en un contexto difícil",
        ),
        "intro": T(
            fr="Champion régional 2015, la Tunisie a amélioré la transparence des processus d’attribution des marchés publics dans un environnement politique difficile.",
            en="A 2015 regional champion, Tunisia improved the transparency of public procurement processes in a difficult political environment.",
            es="Campeón regional en 2015, Túnez mejoró la transparencia de los procesos de adjudicación de contratos públicos en un entorno político difícil.",
        ),
        "member": "tn",
        "themes": ["anti-corruption", "open-data"],
        "values": ["access-to-information", "public-accountability"],
        "date": "2015-10-31",
        "body": [
            _p(
                "Les marchés publics représentent une part importante de la dépense publique et sont particulièrement exposés aux risques de corruption. La Tunisie a entrepris de rendre leurs processus d’attribution plus transparents.",
                "Public procurement accounts for a large share of public spending and is especially exposed to corruption risks. Tunisia set out to make contract award processes more transparent.",
                "Las compras públicas representan una parte importante del gasto público y están especialmente expuestas a riesgos de corrupción. Túnez se propuso hacer más transparentes sus procesos de adjudicación.",
            ),
            _p(
                "Ces progrès, obtenus dans un environnement politique difficile, ont valu à la Tunisie une distinction de champion régional lors des Prix du gouvernement ouvert 2015.",
                "This progress, achieved in a difficult political environment, earned Tunisia recognition as a regional champion at the 2015 Open Government Awards.",
                "Estos avances, logrados en un entorno político difícil, le valieron a Túnez el reconocimiento como campeón regional en los Premios de Gobierno Abierto 2015.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à lutter contre la corruption en renforçant la transparence des finances et des marchés publics.",
                    "en": "We commit to fighting corruption by ensuring transparency in the management of public finances and government purchasing.",
                    "es": "Nos comprometemos a luchar contra la corrupción reforzando la transparencia de las finanzas y las compras públicas.",
                },
                DECLARATION,
            ),
            _p(
                "La commande publique ouverte figure aujourd’hui parmi les questions prioritaires de lutte contre la corruption de la stratégie 2023–2028 du PGO.",
                "Open contracting is now one of the priority anti-corruption issues in OGP’s 2023–2028 strategy.",
                "La contratación abierta figura hoy entre los temas prioritarios de lucha contra la corrupción de la estrategia 2023–2028 de la AGA.",
            ),
        ],
        "related_commitments": ["nigeria-beneficial-ownership"],
        "tags": ["public procurement", "open contracting", "regional champion"],
    },
    {
        "key": "ukraine-opening-archives",
        "title": T(
            fr="Ukraine : lever le voile sur le passé soviétique",
            en="Ukraine: lifting the veil on the Soviet past",
            es="Ucrania: levantar el velo sobre el pasado soviético",
        ),
        "intro": T(
            fr="Avec la société civile, l’Ukraine a élaboré et adopté une loi ouvrant au public des archives soviétiques tenues secrètes pendant des décennies.",
            en="Together with civil society, Ukraine drafted and adopted a law opening to the public Soviet archives kept secret for decades.",
            es="Junto con la sociedad civil, Ucrania elaboró y aprobó una ley que abre al público archivos soviéticos mantenidos en secreto durante décadas.",
        ),
        "member": "ua",
        "themes": ["access-to-information"],
        "values": ["access-to-information", "civic-participation"],
        "date": "2016-04-15",
        "body": [
            _p(
                "Pendant des décennies, une partie de l’histoire ukrainienne est restée enfermée dans des archives secrètes. Dans le cadre de son plan d’action national, l’Ukraine s’est engagée à changer cela.",
                "For decades, part of Ukraine’s history remained locked away in secret archives. Through its national action plan, Ukraine committed to changing that.",
                "Durante décadas, parte de la historia ucraniana permaneció encerrada en archivos secretos. A través de su plan de acción nacional, Ucrania se comprometió a cambiarlo.",
            ),
            _p(
                "En coopération avec la société civile, le pays a élaboré et adopté une loi permettant de rendre publiques les archives de l’ère soviétique. Le Mécanisme d’évaluation indépendant a retenu cet engagement parmi les engagements « phares » du PGO.",
                "In cooperation with civil society, the country drafted and adopted a law making Soviet-era archives public. The Independent Reporting Mechanism selected it as one of OGP’s “starred” commitments.",
                "En cooperación con la sociedad civil, el país elaboró y aprobó una ley que hace públicos los archivos de la era soviética. El Mecanismo de Revisión Independiente lo seleccionó como uno de los compromisos «estelares» de la AGA.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à remédier efficacement à toute situation où des informations, ou leurs archives correspondantes, seraient indûment retenues.",
                    "en": "We commit to providing effective remedies where information, or the corresponding records, is improperly withheld.",
                    "es": "Nos comprometemos a remediar eficazmente toda situación en la que la información, o sus archivos correspondientes, se retengan indebidamente.",
                },
                DECLARATION,
            ),
            _p(
                "Les engagements phares sont mesurables, spécifiques, potentiellement transformateurs, liés au gouvernement ouvert, et leur mise en œuvre est entamée ou achevée au moment de l’évaluation.",
                "Starred commitments are measurable, specific, potentially transformative, relevant to open government, and have been substantially or fully implemented at the time of assessment.",
                "Los compromisos estelares son medibles, específicos, potencialmente transformadores, pertinentes para el gobierno abierto y su implementación ha comenzado o concluido en el momento de la evaluación.",
            ),
        ],
        "related_commitments": ["ukraine-soviet-archives"],
        "tags": ["archives", "right to information", "starred commitment"],
    },
    {
        "key": "chile-environmental-democracy-story",
        "title": T(
            fr="Chili : donner corps à la démocratie environnementale",
            en="Chile: putting environmental democracy into practice",
            es="Chile: dar cuerpo a la democracia ambiental",
        ),
        "intro": T(
            fr="Le Chili accélère la mise en œuvre régionale du Principe 10 de la Déclaration de Rio : information, participation et justice en matière d’environnement.",
            en="Chile is accelerating the regional implementation of Principle 10 of the Rio Declaration: information, participation and justice in environmental matters.",
            es="Chile acelera la implementación regional del Principio 10 de la Declaración de Río: información, participación y justicia en asuntos ambientales.",
        ),
        "member": "cl",
        "themes": ["climate-environment", "justice", "access-to-information"],
        "values": ["access-to-information", "civic-participation", "public-accountability"],
        "date": "2016-05-10",
        "body": [
            _p(
                "Les citoyens doivent pouvoir savoir, participer et obtenir justice lorsque des décisions touchent leur environnement. C’est le sens du Principe 10 de la Déclaration de Rio de 1992.",
                "Citizens must be able to know, take part and obtain justice when decisions affect their environment. That is the meaning of Principle 10 of the 1992 Rio Declaration.",
                "La ciudadanía debe poder saber, participar y obtener justicia cuando las decisiones afectan a su entorno. Ese es el sentido del Principio 10 de la Declaración de Río de 1992.",
            ),
            _p(
                "Le Chili développe un cadre politique national et régional axé sur ses citoyens qui favorise le droit à l’information, la participation publique et l’accès à la justice en matière d’environnement. Cet engagement figure parmi les engagements phares du PGO.",
                "Chile is developing a citizen-centred national and regional policy framework that advances the right to information, public participation and access to justice in environmental matters. The commitment is one of OGP’s starred commitments.",
                "Chile desarrolla un marco de políticas nacional y regional centrado en la ciudadanía que promueve el derecho a la información, la participación pública y el acceso a la justicia en asuntos ambientales. El compromiso es uno de los compromisos estelares de la AGA.",
            ),
            _q(
                {
                    "fr": "L’accent sera mis sur l’ouverture des données et des informations pertinentes sur le climat et, surtout, l’encouragement de l’adoption d’innovations pour approfondir la participation aux politiques liées au climat.",
                    "en": "The focus will be on opening relevant climate data and information and, above all, encouraging the adoption of innovations that deepen participation in climate-related policies.",
                    "es": "Se hará hincapié en la apertura de los datos y la información pertinentes sobre el clima y, sobre todo, en fomentar la adopción de innovaciones que profundicen la participación en las políticas climáticas.",
                },
                STRATEGY,
            ),
            _p(
                "Le Chili échange aussi avec ses voisins : l’Argentine, le Chili, le Paraguay et l’Uruguay se sont réunis pour consolider leurs engagements et étudier l’intégration des Objectifs de développement durable dans leurs plans d’action.",
                "Chile also learns with its neighbours: Argentina, Chile, Paraguay and Uruguay met to strengthen their commitments and explore how to integrate the Sustainable Development Goals into their action plans.",
                "Chile también intercambia con sus vecinos: Argentina, Chile, Paraguay y Uruguay se reunieron para consolidar sus compromisos y estudiar la integración de los Objetivos de Desarrollo Sostenible en sus planes de acción.",
            ),
        ],
        "related_commitments": ["chile-environmental-democracy"],
        "tags": ["environment", "Principle 10", "starred commitment"],
    },
    {
        "key": "mongolia-extractives-transparency",
        "title": T(
            fr="Mongolie : la transparence au service de la santé et de l’environnement",
            en="Mongolia: transparency for health and the environment",
            es="Mongolia: la transparencia al servicio de la salud y el medio ambiente",
        ),
        "intro": T(
            fr="La Mongolie publie des informations sur les entreprises du secteur des ressources naturelles, un engagement phare du PGO.",
            en="Mongolia publishes information on companies in the natural resource sector, one of OGP’s starred commitments.",
            es="Mongolia publica información sobre las empresas del sector de los recursos naturales, uno de los compromisos estelares de la AGA.",
        ),
        "member": "mn",
        "themes": ["natural-resources", "open-data"],
        "values": ["access-to-information", "public-accountability"],
        "date": "2016-06-02",
        "body": [
            _p(
                "Le secteur des ressources naturelles pèse lourd dans l’économie mongole, et ses effets sur la santé publique et l’environnement sont considérables.",
                "The natural resource sector weighs heavily in Mongolia’s economy, and its effects on public health and the environment are considerable.",
                "El sector de los recursos naturales tiene un gran peso en la economía de Mongolia y sus efectos sobre la salud pública y el medio ambiente son considerables.",
            ),
            _p(
                "Pour renforcer la gestion de ces ressources, la Mongolie publie des informations au sujet des entreprises et autres entités juridiques qui travaillent dans ce secteur, afin d’en assurer la transparence.",
                "To strengthen the management of these resources, Mongolia publishes information on the companies and other legal entities working in the sector, to ensure its transparency.",
                "Para fortalecer la gestión de estos recursos, Mongolia publica información sobre las empresas y otras entidades jurídicas que trabajan en el sector, con el fin de garantizar su transparencia.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à publier les données à haute valeur informative, y compris des données brutes, au moment opportun, dans des formats qui facilitent leur compréhension et leur réutilisation.",
                    "en": "We commit to providing high-value information, including raw data, in a timely manner, in formats that the public can easily locate, understand and use, and in formats that facilitate reuse.",
                    "es": "Nos comprometemos a publicar información de alto valor, incluidos datos en bruto, de manera oportuna, en formatos que faciliten su comprensión y su reutilización.",
                },
                DECLARATION,
            ),
            _p(
                "Le groupe de travail du PGO sur la transparence de la gestion des ressources naturelles soutient ce type de réformes par l’échange entre pairs et la relecture des plans d’action.",
                "OGP’s working group on openness in natural resources supports reforms of this kind through peer exchange and review of action plans.",
                "El grupo de trabajo de la AGA sobre transparencia en la gestión de los recursos naturales apoya este tipo de reformas mediante el intercambio entre pares y la revisión de los planes de acción.",
            ),
        ],
        "related_commitments": ["mongolia-natural-resources-transparency"],
        "tags": ["extractive industries", "company data", "starred commitment"],
    },
    {
        "key": "nigeria-beneficial-ownership-story",
        "title": T(
            fr="Nigeria : savoir qui possède vraiment les entreprises",
            en="Nigeria: knowing who really owns companies",
            es="Nigeria: saber quién es realmente dueño de las empresas",
        ),
        "intro": T(
            fr="Au Nigeria, gouvernement et société civile ont travaillé ensemble pour rendre transparents les bénéficiaires effectifs des entreprises et arrêter les flux financiers illicites.",
            en="In Nigeria, government and civil society worked together to make company beneficial ownership transparent and stop illicit financial flows.",
            es="En Nigeria, el gobierno y la sociedad civil trabajaron juntos para transparentar los beneficiarios finales de las empresas y frenar los flujos financieros ilícitos.",
        ),
        "member": "ng",
        "themes": ["anti-corruption"],
        "values": ["access-to-information", "public-accountability"],
        "date": "2019-05-20",
        "body": [
            _p(
                "Les sociétés anonymes peuvent servir à dissimuler la corruption à grande échelle et le blanchiment d’argent. Savoir qui possède et contrôle réellement une entreprise est donc un outil clé de l’intégrité publique.",
                "Anonymous companies can be used to hide grand corruption and money laundering. Knowing who really owns and controls a company is therefore a key tool for public integrity.",
                "Las sociedades anónimas pueden servir para ocultar la gran corrupción y el lavado de dinero. Saber quién posee y controla realmente una empresa es, por tanto, una herramienta clave de la integridad pública.",
            ),
            _p(
                "Au Nigeria, des représentants du gouvernement et des organisations de la société civile ont travaillé ensemble pour accroître la transparence sur les bénéficiaires effectifs des entreprises afin d’arrêter les flux financiers illicites.",
                "In Nigeria, government officials and civil society organisations worked together to increase transparency on company beneficial owners in order to stop illicit financial flows.",
                "En Nigeria, representantes del gobierno y organizaciones de la sociedad civil trabajaron juntos para aumentar la transparencia sobre los beneficiarios finales de las empresas con el fin de frenar los flujos financieros ilícitos.",
            ),
            _q(
                {
                    "fr": "Les pays adoptent des mesures radicales de lutte contre la corruption, telles que la transparence de la propriété bénéficiaire et la commande publique ouverte.",
                    "en": "Countries are adopting radical anti-corruption measures, such as beneficial ownership transparency and open contracting.",
                    "es": "Los países adoptan medidas radicales contra la corrupción, como la transparencia de los beneficiarios finales y la contratación abierta.",
                },
                STRATEGY,
            ),
            _p(
                "La propriété bénéficiaire figure parmi les questions spécifiques sur lesquelles le PGO concentre ses efforts de lutte contre la kleptocratie pour la période 2023–2028.",
                "Beneficial ownership is among the specific issues on which OGP focuses its efforts against kleptocracy for 2023–2028.",
                "La propiedad efectiva es uno de los temas específicos en los que la AGA concentra sus esfuerzos contra la cleptocracia para el periodo 2023–2028.",
            ),
        ],
        "related_commitments": ["nigeria-beneficial-ownership"],
        "tags": ["beneficial ownership", "illicit financial flows", "money laundering"],
    },
    {
        "key": "buenos-aires-access-to-justice",
        "title": T(
            fr="Buenos Aires : rapprocher la justice des habitants",
            en="Buenos Aires: bringing justice closer to residents",
            es="Buenos Aires: acercar la justicia a sus habitantes",
        ),
        "intro": T(
            fr="Membre du programme pilote dès 2016, la ville de Buenos Aires travaille à améliorer l’accès des citoyens à la justice et à l’information.",
            en="A member of the subnational pilot programme since 2016, the City of Buenos Aires is working to improve citizens’ access to justice and information.",
            es="Miembro del programa piloto subnacional desde 2016, la Ciudad de Buenos Aires trabaja para mejorar el acceso de la ciudadanía a la justicia y a la información.",
        ),
        "member": "buenos-aires",
        "themes": ["justice", "access-to-information"],
        "values": ["access-to-information", "public-accountability"],
        "date": "2023-03-15",
        "body": [
            _p(
                "En avril 2016, Buenos Aires figurait parmi les 15 collectivités territoriales sélectionnées pour le programme pilote du PGO, aux côtés de villes et régions comme Paris, Madrid, Séoul ou São Paulo.",
                "In April 2016, Buenos Aires was among the 15 subnational governments selected for the OGP pilot programme, alongside cities and regions such as Paris, Madrid, Seoul and São Paulo.",
                "En abril de 2016, Buenos Aires figuraba entre los 15 gobiernos subnacionales seleccionados para el programa piloto de la AGA, junto con ciudades y regiones como París, Madrid, Seúl o São Paulo.",
            ),
            _p(
                "Depuis, la ville co-crée ses plans d’action avec la société civile. Elle travaille notamment à améliorer l’accès des citoyens à la justice et à l’information, en rassemblant des informations aujourd’hui dispersées entre plusieurs institutions.",
                "Since then, the city has co-created its action plans with civil society. It is working in particular to improve citizens’ access to justice and information, bringing together information currently spread across several institutions.",
                "Desde entonces, la ciudad cocrea sus planes de acción con la sociedad civil. Trabaja en particular para mejorar el acceso de la ciudadanía a la justicia y a la información, reuniendo información hoy dispersa entre varias instituciones.",
            ),
            _q(
                {
                    "fr": "L’accent sera mis sur l’élargissement des mécanismes d’accès à la justice pour les communautés et l’ouverture des institutions judiciaires.",
                    "en": "The focus will be on expanding access-to-justice mechanisms for communities and on opening up judicial institutions.",
                    "es": "Se hará hincapié en ampliar los mecanismos de acceso a la justicia para las comunidades y en la apertura de las instituciones judiciales.",
                },
                STRATEGY,
            ),
            _p(
                "Comme tout membre du PGO local, Buenos Aires publie l’état d’avancement de ses jalons et les éléments de preuve correspondants sur son site, où les citoyens peuvent suivre les progrès et laisser des commentaires.",
                "Like every OGP Local member, Buenos Aires publishes the progress of its milestones and the related evidence on its website, where citizens can follow progress and leave comments.",
                "Como todo miembro de la AGA Local, Buenos Aires publica el avance de sus hitos y la evidencia correspondiente en su sitio web, donde la ciudadanía puede seguir el progreso y dejar comentarios.",
            ),
        ],
        "related_commitments": ["buenos-aires-justice-information", "north-macedonia-legal-aid"],
        "tags": ["access to justice", "OGP Local", "city government"],
    },
    {
        "key": "mexico-colombia-shared-dashboard",
        "title": T(
            fr="Mexique et Colombie : un code source partagé pour suivre les engagements",
            en="Mexico and Colombia: shared source code to track commitments",
            es="México y Colombia: un código fuente compartido para seguir los compromisos",
        ),
        "intro": T(
            fr="Le Mexique a partagé avec la Colombie le code source de son site de suivi des engagements, un exemple d’échange entre pairs.",
            en="Mexico shared the source code of its commitment tracking website with Colombia, an example of peer exchange.",
            es="México compartió con Colombia el código fuente de su sitio de seguimiento de compromisos, un ejemplo de intercambio entre pares.",
        ),
        "member": "mx",
        "themes": ["digital-governance", "open-data"],
        "values": ["public-accountability", "technology-innovation"],
        "date": "2015-11-20",
        "body": [
            _p(
                "Le programme d’échanges entre pairs du PGO cherche à identifier des initiatives réussies dans un pays qui pourraient être adaptées à d’autres.",
                "OGP’s peer exchange programme seeks to identify initiatives that succeeded in one country and could be adapted to others.",
                "El programa de intercambio entre pares de la AGA busca identificar iniciativas exitosas en un país que puedan adaptarse a otros.",
            ),
            _p(
                "Les gouvernements du Mexique et de la Colombie ont ainsi collaboré sur des tableaux de bord et d’autres outils de suivi de la mise en œuvre des engagements, le Mexique ayant partagé le code source de son site dédié.",
                "The governments of Mexico and Colombia thus worked together on dashboards and other tools for tracking commitment implementation, with Mexico sharing the source code of its dedicated website.",
                "Los gobiernos de México y Colombia colaboraron así en tableros y otras herramientas de seguimiento de la implementación de los compromisos, y México compartió el código fuente de su sitio dedicado.",
            ),
            _q(
                {
                    "fr": "Nous nous engageons à développer des plateformes numériques accessibles et sécurisées pour promouvoir la participation citoyenne, le partage d’information et l’échange d’idées.",
                    "en": "We commit to developing accessible and secure online spaces as platforms for delivering services, engaging the public, and sharing information and ideas.",
                    "es": "Nos comprometemos a desarrollar plataformas digitales accesibles y seguras para promover la participación ciudadana, el intercambio de información y de ideas.",
                },
                DECLARATION,
            ),
            _p(
                "Partager du code ouvert permet d’économiser des ressources publiques et de diffuser plus vite les bonnes pratiques de redevabilité d’un pays à l’autre.",
                "Sharing open code saves public resources and spreads good accountability practices from country to country more quickly.",
                "Compartir código abierto permite ahorrar recursos públicos y difundir más rápido las buenas prácticas de rendición de cuentas de un país a otro.",
            ),
        ],
        "related_commitments": ["mexico-commitment-tracking"],
        "tags": ["peer exchange", "open source", "dashboards"],
    },
    {
        "key": "ireland-lobbying-register",
        "title": T(
            fr="Irlande : faire la lumière sur le lobbying",
            en="Ireland: shining a light on lobbying",
            es="Irlanda: arrojar luz sobre el cabildeo",
        ),
        "intro": T(
            fr="L’Irlande s’est engagée à réguler le lobbying et à révéler l’influence des lobbyistes dans l’élaboration des politiques publiques.",
            en="Ireland committed to regulating lobbying and revealing the influence of lobbyists on policy-making.",
            es="Irlanda se comprometió a regular el cabildeo y a revelar la influencia de los grupos de presión en la elaboración de las políticas públicas.",
        ),
        "member": "ie",
        "themes": ["anti-corruption", "legislative-openness"],
        "values": ["access-to-information", "public-accountability"],
        "date": "2016-03-01",
        "body": [
            _p(
                "Qui cherche à influencer les décisions publiques, et sur quels sujets ? Sans règles de transparence, cette question reste sans réponse et nourrit la défiance envers les institutions.",
                "Who is trying to influence public decisions, and on what issues? Without transparency rules, the question goes unanswered and fuels distrust of institutions.",
                "¿Quién intenta influir en las decisiones públicas y sobre qué temas? Sin normas de transparencia, la pregunta queda sin respuesta y alimenta la desconfianza hacia las instituciones.",
            ),
            _p(
                "Dans son plan d’action national, l’Irlande s’est engagée à réguler le lobbying et à révéler l’influence des lobbyistes dans l’élaboration des politiques publiques. Le Mécanisme d’évaluation indépendant en a fait un engagement phare.",
                "In its national action plan, Ireland committed to regulating lobbying and revealing lobbyists’ influence on policy-making. The Independent Reporting Mechanism made it a starred commitment.",
                "En su plan de acción nacional, Irlanda se comprometió a regular el cabildeo y a revelar la influencia de los grupos de presión en la elaboración de las políticas públicas. El Mecanismo de Revisión Independiente lo destacó como compromiso estelar.",
            ),
            _q(
                {
                    "fr": "Une administration qui rend des comptes exige de ses fonctionnaires un haut niveau d’éthique et des codes de conduite rigoureux.",
                    "en": "Accountable government requires high ethical standards and codes of conduct for public officials.",
                    "es": "Una administración que rinde cuentas exige de sus funcionarios un alto nivel de ética y códigos de conducta rigurosos.",
                },
                DECLARATION,
            ),
            _p(
                "Le lobbying reste l’une des questions d’intégrité publique sur lesquelles le PGO concentre son action, aux côtés du financement politique et de la divulgation des actifs.",
                "Lobbying remains one of the public integrity issues on which OGP focuses, alongside political finance and asset disclosure.",
                "El cabildeo sigue siendo uno de los temas de integridad pública en los que se centra la AGA, junto con la financiación política y la declaración de patrimonio.",
            ),
        ],
        "related_commitments": ["ireland-lobbying-regulation"],
        "tags": ["lobbying", "public integrity", "starred commitment"],
    },
]
