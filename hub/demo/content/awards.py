"""Open Government Awards (seed 000, "LES PRIX DU GOUVERNEMENT OUVERT")."""

from hub.demo.content import T

AWARDS_INTRO = [
    T(
        fr="La remise des Prix du gouvernement ouvert est un moment fort du calendrier du PGO. Les prix sont décernés lors d’évènements de haut niveau, tels que le Sommet mondial du PGO ou l’Assemblée générale des Nations unies.",
        en="The Open Government Awards are a highlight of the OGP calendar. They are presented at high-level events such as the OGP Global Summit or the United Nations General Assembly.",
        es="La entrega de los Premios de Gobierno Abierto es un momento destacado del calendario de la AGA. Los premios se otorgan en eventos de alto nivel, como la Cumbre Mundial de la AGA o la Asamblea General de las Naciones Unidas.",
    ),
    T(
        fr="Les prix récompensent des réformateurs issus de gouvernements ou d’organisations de la société civile qui ont mené des initiatives de gouvernement ouvert ayant apporté des changements significatifs et durables dans la vie des citoyens.",
        en="The awards recognise reformers from governments or civil society organisations who have led open government initiatives that brought significant and lasting change to citizens’ lives.",
        es="Los premios reconocen a reformadores de gobiernos u organizaciones de la sociedad civil que han impulsado iniciativas de gobierno abierto con cambios significativos y duraderos en la vida de la ciudadanía.",
    ),
    T(
        fr="Un nouveau thème est choisi chaque année, fondé sur les priorités stratégiques du PGO, l’actualité et les besoins des citoyens du monde entier. Les propositions sont évaluées par un panel international de juges issus des administrations, de la société civile, d’organisations multilatérales, du milieu universitaire et des donateurs.",
        en="A new theme is chosen every year, based on OGP’s strategic priorities, current events and the needs of citizens around the world. Submissions are assessed by an international panel of judges from governments, civil society, multilateral organisations, academia and donors.",
        es="Cada año se elige un nuevo tema, basado en las prioridades estratégicas de la AGA, la actualidad y las necesidades de la ciudadanía de todo el mundo. Las candidaturas son evaluadas por un jurado internacional integrado por representantes de gobiernos, sociedad civil, organizaciones multilaterales, el mundo académico y donantes.",
    ),
]

AWARDS = [
    {
        "year": 2014,
        "title": T(
            fr="Prix du gouvernement ouvert 2014",
            en="2014 Open Government Awards",
            es="Premios de Gobierno Abierto 2014",
        ),
        "theme": T(
            fr="Mobilisation citoyenne", en="Citizen engagement", es="Participación ciudadana"
        ),
        "intro": [
            T(
                fr="En 2014, les Prix du gouvernement ouvert ont distingué trois initiatives sur le thème de la mobilisation citoyenne : des réformes qui donnent aux citoyens une place réelle dans l’élaboration et le suivi de l’action publique.",
                en="In 2014, the Open Government Awards recognised three initiatives on the theme of citizen engagement: reforms that give citizens a real role in shaping and monitoring public action.",
                es="En 2014, los Premios de Gobierno Abierto distinguieron tres iniciativas sobre el tema de la participación ciudadana: reformas que otorgan a la ciudadanía un papel real en la elaboración y el seguimiento de la acción pública.",
            ),
            T(
                fr="Pendant la cérémonie, les lauréats présentent leurs initiatives lors d’interventions dans le style des conférences TED, filmées et mises en ligne sur le site du PGO.",
                en="During the ceremony, winners present their initiatives in TED-style talks that are filmed and posted on the OGP website.",
                es="Durante la ceremonia, los galardonados presentan sus iniciativas en intervenciones al estilo de las charlas TED, que se graban y publican en el sitio web de la AGA.",
            ),
        ],
        "winners": [
            {
                "name": T(fr="Danemark", en="Denmark", es="Dinamarca"),
                "member": "dk",
                "category": "winner",
                "citation": T(
                    fr="Pour avoir donné la parole aux personnes âgées afin qu’elles participent à l’élaboration des politiques publiques.",
                    en="For giving older people a voice so that they can take part in shaping public policy.",
                    es="Por dar voz a las personas mayores para que participen en la elaboración de las políticas públicas.",
                ),
            },
            {
                "name": T(fr="Monténégro", en="Montenegro", es="Montenegro"),
                "member": "me",
                "category": "winner",
                "citation": T(
                    fr="Pour avoir aidé ses citoyens à dénoncer les activités économiques illicites et créé ainsi un contexte commercial plus juste.",
                    en="For helping its citizens report illicit business activities, creating a fairer business environment.",
                    es="Por ayudar a su ciudadanía a denunciar actividades económicas ilícitas y crear así un entorno comercial más justo.",
                ),
            },
            {
                "name": T(fr="Philippines", en="Philippines", es="Filipinas"),
                "member": "ph",
                "category": "winner",
                "citation": T(
                    fr="Pour le travail conjoint des collectivités locales et de la société civile afin d’allouer des budgets à des projets de développement.",
                    en="For local governments and civil society working together to allocate budgets to development projects.",
                    es="Por el trabajo conjunto de los gobiernos locales y la sociedad civil para asignar presupuestos a proyectos de desarrollo.",
                ),
            },
        ],
    },
    {
        "year": 2015,
        "title": T(
            fr="Prix du gouvernement ouvert 2015",
            en="2015 Open Government Awards",
            es="Premios de Gobierno Abierto 2015",
        ),
        "theme": T(
            fr="Amélioration des services publics",
            en="Improving public services",
            es="Mejora de los servicios públicos",
        ),
        "intro": [
            T(
                fr="En 2015, le thème retenu était l’amélioration des services publics. Trois lauréats ont été récompensés pour des initiatives qui associent les citoyens à la qualité des services de santé et d’urbanisme.",
                en="In 2015, the chosen theme was improving public services. Three winners were recognised for initiatives that involve citizens in the quality of health and planning services.",
                es="En 2015, el tema elegido fue la mejora de los servicios públicos. Se premió a tres ganadores por iniciativas que involucran a la ciudadanía en la calidad de los servicios de salud y urbanismo.",
            ),
            T(
                fr="En outre, le PGO a accordé des distinctions à quatre champions régionaux, dont l’un pour des progrès obtenus dans un environnement politique difficile.",
                en="In addition, OGP recognised four regional champions, one of them for progress achieved in a difficult political environment.",
                es="Además, la AGA distinguió a cuatro campeones regionales, uno de ellos por los avances logrados en un entorno político difícil.",
            ),
        ],
        "winners": [
            {
                "name": T(fr="Uruguay", en="Uruguay", es="Uruguay"),
                "member": "uy",
                "category": "winner",
                "citation": T(
                    fr="Pour avoir accordé à ses citoyens un accès sans précédent aux indices de performance des prestataires de soins de santé.",
                    en="For giving its citizens unprecedented access to performance indicators of health care providers.",
                    es="Por brindar a su ciudadanía un acceso sin precedentes a los indicadores de desempeño de los prestadores de servicios de salud.",
                ),
            },
            {
                "name": T(fr="Indonésie", en="Indonesia", es="Indonesia"),
                "member": "id",
                "category": "winner",
                "citation": T(
                    fr="Pour avoir développé un partenariat dédié aux problèmes de santé propres aux archipels.",
                    en="For developing a partnership dedicated to the health challenges specific to archipelagos.",
                    es="Por desarrollar una alianza dedicada a los problemas de salud propios de los archipiélagos.",
                ),
            },
            {
                "name": T(fr="Royaume-Uni", en="United Kingdom", es="Reino Unido"),
                "member": "gb",
                "category": "winner",
                "citation": T(
                    fr="Pour avoir donné à ses citoyens une voix dans la création des politiques d’urbanisme et le développement des communautés.",
                    en="For giving its citizens a voice in creating planning policy and in community development.",
                    es="Por dar a su ciudadanía voz en la creación de las políticas urbanísticas y en el desarrollo de las comunidades.",
                ),
            },
            {
                "name": T(fr="Mexique", en="Mexico", es="México"),
                "member": "mx",
                "category": "regional-champion",
                "citation": T(
                    fr="Pour sa transformation des services publics de garde d’enfants par l’engagement civique.",
                    en="For transforming public childcare services through civic engagement.",
                    es="Por transformar los servicios públicos de cuidado infantil mediante la participación cívica.",
                ),
            },
            {
                "name": T(fr="Croatie", en="Croatia", es="Croacia"),
                "member": "hr",
                "category": "regional-champion",
                "citation": T(
                    fr="Pour l’implication de ses citoyens dans la conception, l’utilisation et l’évaluation des services publics.",
                    en="For involving its citizens in the design, use and evaluation of public services.",
                    es="Por involucrar a su ciudadanía en el diseño, el uso y la evaluación de los servicios públicos.",
                ),
            },
            {
                "name": T(fr="Arménie", en="Armenia", es="Armenia"),
                "member": "am",
                "category": "regional-champion",
                "citation": T(
                    fr="Pour sa mise en relation des besoins de ses citoyens avec le développement institutionnel des collectivités territoriales.",
                    en="For linking its citizens’ needs with the institutional development of local governments.",
                    es="Por vincular las necesidades de su ciudadanía con el desarrollo institucional de los gobiernos locales.",
                ),
            },
            {
                "name": T(fr="Tunisie", en="Tunisia", es="Túnez"),
                "member": "tn",
                "category": "regional-champion",
                "citation": T(
                    fr="Pour l’amélioration de la transparence des processus d’attribution des marchés publics dans un environnement politique difficile.",
                    en="For improving the transparency of public procurement processes in a difficult political environment.",
                    es="Por mejorar la transparencia de los procesos de adjudicación de contratos públicos en un entorno político difícil.",
                ),
            },
        ],
    },
    {
        "year": 2016,
        "title": T(
            fr="Prix du gouvernement ouvert 2016",
            en="2016 Open Government Awards",
            es="Premios de Gobierno Abierto 2016",
        ),
        "theme": T(
            fr="L’impact de la transparence",
            en="The impact of transparency",
            es="El impacto de la transparencia",
        ),
        "intro": [
            T(
                fr="Le thème choisi pour 2016 est « L’impact de la transparence », avec un accent sur le rôle de la transparence des informations publiques dans l’amélioration de la redevabilité, des prestations de services et de la prise de décision.",
                en="The theme chosen for 2016 is “The impact of transparency”, with a focus on the role of public information transparency in improving accountability, service delivery and decision-making.",
                es="El tema elegido para 2016 es «El impacto de la transparencia», con énfasis en el papel de la transparencia de la información pública en la mejora de la rendición de cuentas, la prestación de servicios y la toma de decisiones.",
            ),
            T(
                fr="Les lauréats seront récompensés lors d’une cérémonie qui se déroulera pendant le Sommet mondial du PGO à Paris, en décembre 2016.",
                en="The winners will be honoured at a ceremony held during the OGP Global Summit in Paris in December 2016.",
                es="Los galardonados recibirán sus premios en una ceremonia que se celebrará durante la Cumbre Mundial de la AGA en París, en diciembre de 2016.",
            ),
        ],
        "winners": [],
    },
]
