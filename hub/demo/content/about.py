"""About pages of the hub.

Sources: seed 000 (OGP brochure, c. 2016: what OGP is, joining, national action plans, the
IRM, steering committee, support unit, ambassadors, funding, response policy, peer exchange,
subnational pilot programme), seed 001 (governance bodies of the 2023–2028 strategy),
seed 003 (OGP Local handbook) and seed 004 (Paris 2016 Global Summit).
"""

from hub.demo.content import T

ABOUT_PAGES = [
    {
        "key": "what-is-ogp",
        "title": T(
            "Qu’est-ce que le Partenariat pour un gouvernement ouvert ?",
            "What is the Open Government Partnership?",
            "¿Qué es la Alianza para el Gobierno Abierto?",
        ),
        "intro": T(
            "Une initiative multilatérale lancée en 2011 où gouvernements et société civile "
            "s’associent pour rendre l’action publique plus transparente, participative et "
            "redevable.",
            "A multilateral initiative launched in 2011 in which governments and civil society "
            "join forces to make government more transparent, participatory and accountable.",
            "Una iniciativa multilateral lanzada en 2011 en la que gobiernos y sociedad civil se "
            "unen para que la acción pública sea más transparente, participativa y responsable.",
        ),
        "body": [
            T(
                "Le Partenariat pour un gouvernement ouvert (PGO) est une initiative multilatérale "
                "créée en 2011 par huit pays fondateurs. En moins de cinq ans, il est passé de "
                "huit gouvernements à plus de 70. Chaque gouvernement membre s’associe à la "
                "société civile pour favoriser la transparence, renforcer le pouvoir des "
                "citoyens, lutter contre la corruption et améliorer sa gouvernance grâce aux "
                "nouvelles technologies.",
                "The Open Government Partnership (OGP) is a multilateral initiative created in "
                "2011 by eight founding countries. In less than five years it grew from eight "
                "governments to more than 70. Each member government works with civil society to "
                "promote transparency, empower citizens, fight corruption and improve its "
                "governance through new technologies.",
                "La Alianza para el Gobierno Abierto (AGA) es una iniciativa multilateral creada "
                "en 2011 por ocho países fundadores. En menos de cinco años pasó de ocho gobiernos "
                "a más de 70. Cada gobierno miembro se asocia con la sociedad civil para promover "
                "la transparencia, empoderar a la ciudadanía, combatir la corrupción y mejorar "
                "su gobernanza mediante las nuevas tecnologías.",
            ),
            T(
                "Le PGO est devenu un mouvement mondial de réformateurs qui œuvrent à rendre les "
                "administrations plus efficaces et plus réceptives aux attentes des citoyens. "
                "Développé en coopération avec la société civile, le plan d’action national est "
                "au cœur de l’engagement de chaque pays : il traduit concrètement la volonté "
                "politique annoncée lors de l’adhésion, et la réalisation de ses engagements fait "
                "l’objet d’une évaluation indépendante.",
                "OGP has become a global movement of reformers working to make governments more "
                "effective and more responsive to citizens. Developed together with civil "
                "society, the national action plan is at the heart of each country’s "
                "participation: it turns the political will announced on joining into concrete "
                "action, and the delivery of its commitments is independently assessed.",
                "La AGA se ha convertido en un movimiento mundial de personas reformadoras que "
                "trabajan para que las administraciones sean más eficaces y más receptivas a las "
                "expectativas de la ciudadanía. Elaborado en cooperación con la sociedad civil, "
                "el plan de acción nacional es el eje de la participación de cada país: traduce "
                "en hechos la voluntad política anunciada al adherirse, y el cumplimiento de sus "
                "compromisos se evalúa de forma independiente.",
            ),
            T(
                "Le PGO est unique au monde. Fondé sur le volontariat des membres et privilégiant "
                "la coopération, il fait confiance à la force des idées. Il n’impose pas de normes "
                "d’ouverture ni de secteurs à cibler : son approche, respectueuse des spécificités "
                "locales, vise à rapprocher les administrations de leurs citoyens afin qu’ils "
                "définissent ensemble leurs priorités de réforme et engagent des transformations "
                "audacieuses face aux défis les plus urgents.",
                "OGP is unique in the world. Voluntary and built on cooperation, it trusts in the "
                "power of ideas. It does not impose standards of openness or prescribe sectors to "
                "target: its approach, respectful of local circumstances, brings governments "
                "closer to their citizens so that they set their reform priorities together and "
                "undertake bold change in response to the most pressing challenges.",
                "La AGA es única en el mundo. Basada en la participación voluntaria de sus "
                "miembros y en la cooperación, confía en la fuerza de las ideas. No impone normas "
                "de apertura ni sectores prioritarios: su enfoque, respetuoso de las "
                "particularidades locales, acerca a las administraciones a su ciudadanía para que "
                "definan juntas sus prioridades de reforma y emprendan transformaciones audaces "
                "ante los desafíos más urgentes.",
            ),
            T(
                "Ces principes ont guidé les quelque 2 500 engagements contenus dans plus de 110 "
                "plans d’action adoptés depuis la création du PGO. Les pays membres s’engagent à "
                "respecter les grands principes de la Déclaration pour un gouvernement ouvert : "
                "transparence de l’action publique, notamment par l’ouverture des données, "
                "participation des citoyens à l’élaboration et à l’évaluation des politiques, et "
                "utilisation des nouvelles technologies en faveur de l’ouverture et de la "
                "redevabilité.",
                "These principles have guided some 2,500 commitments in more than 110 action "
                "plans adopted since OGP was founded. Member countries commit to the main "
                "principles of the Open Government Declaration: transparency of government "
                "action, in particular through open data, citizen participation in designing and "
                "evaluating policy, and the use of new technologies for openness and "
                "accountability.",
                "Estos principios han guiado los cerca de 2.500 compromisos contenidos en más de "
                "110 planes de acción adoptados desde la creación de la AGA. Los países miembros "
                "se comprometen con los grandes principios de la Declaración de Gobierno Abierto: "
                "transparencia de la acción pública, en particular mediante la apertura de "
                "datos, participación ciudadana en la elaboración y evaluación de las políticas, "
                "y uso de las nuevas tecnologías al servicio de la apertura y la rendición de "
                "cuentas.",
            ),
            T(
                "Au cours de sa première décennie, le PGO s’est transformé en un effort mondial "
                "comptant près de 200 gouvernements nationaux et locaux et des milliers "
                "d’organisations de la société civile. Sa stratégie 2023–2028 vise à traduire "
                "cette énergie en changements politiques durables.",
                "Over its first decade, OGP grew into a global effort of nearly 200 national and "
                "local governments and thousands of civil society organisations. Its 2023–2028 "
                "strategy seeks to turn this energy into lasting policy change.",
                "En su primera década, la AGA se convirtió en un esfuerzo mundial de casi 200 "
                "gobiernos nacionales y locales y miles de organizaciones de la sociedad civil. "
                "Su estrategia 2023–2028 busca convertir esa energía en cambios políticos "
                "duraderos.",
            ),
        ],
    },
    {
        "key": "joining-ogp",
        "title": T("Adhérer au PGO", "Joining OGP", "Unirse a la AGA"),
        "intro": T(
            "Les critères d’admissibilité, les étapes de l’adhésion des États et les moyens pour "
            "la société civile de participer au PGO.",
            "The eligibility criteria, the steps for countries to join and the ways civil "
            "society can take part in OGP.",
            "Los criterios de elegibilidad, los pasos de adhesión de los Estados y las formas en "
            "que la sociedad civil puede participar en la AGA.",
        ),
        "body": [
            T(
                "Les gouvernements doivent accomplir plusieurs démarches pour adhérer au PGO. Le "
                "processus est simple pour les pays qui répondent déjà aux critères "
                "d’admissibilité ; pour les autres, certaines réformes doivent être mises en "
                "place avant de faire la demande. Le Secrétariat permanent du PGO peut conseiller "
                "les gouvernements sur les étapes à suivre pour devenir admissibles.",
                "Governments must take several steps to join OGP. The process is simple for "
                "countries that already meet the eligibility criteria; for others, some reforms "
                "must be put in place before applying. The OGP Support Unit can advise "
                "governments on the steps needed to become eligible.",
                "Los gobiernos deben dar varios pasos para unirse a la AGA. El proceso es "
                "sencillo para los países que ya cumplen los criterios de elegibilidad; para los "
                "demás, deben aplicarse algunas reformas antes de presentar la solicitud. La "
                "Unidad de Apoyo de la AGA puede asesorar a los gobiernos sobre los pasos que "
                "deben seguir para ser elegibles.",
            ),
            T(
                "Pour adhérer, un État doit répondre aux critères d’admissibilité dans quatre "
                "domaines : transparence budgétaire, accès à l’information, déclaration de "
                "patrimoine des agents publics et engagement citoyen. Il envoie ensuite aux "
                "coprésidents du comité directeur une lettre d’intention, signée par un dirigeant "
                "politique de haut niveau, par laquelle il s’engage à appliquer les principes de "
                "la Déclaration commune pour un gouvernement ouvert.",
                "To join, a country must meet the eligibility criteria in four areas: fiscal "
                "transparency, access to information, asset disclosure by public officials and "
                "citizen engagement. It then sends the co-chairs of the Steering Committee a "
                "letter of intent, signed by a high-level political leader, committing to the "
                "principles of the Open Government Declaration.",
                "Para adherirse, un Estado debe cumplir los criterios de elegibilidad en cuatro "
                "ámbitos: transparencia presupuestaria, acceso a la información, declaración "
                "patrimonial de los funcionarios públicos y participación ciudadana. Después "
                "envía a los copresidentes del Comité Directivo una carta de intención, firmada "
                "por un líder político de alto nivel, en la que se compromete a aplicar los "
                "principios de la Declaración de Gobierno Abierto.",
            ),
            T(
                "Le pays désigne ensuite un ministère chef de file, commence à élaborer un plan "
                "d’action national co-créé avec la société civile et s’engage à participer au "
                "Mécanisme d’évaluation indépendant du PGO.",
                "The country then designates a lead ministry, begins developing a national action "
                "plan co-created with civil society and commits to taking part in OGP’s "
                "Independent Reporting Mechanism.",
                "A continuación, el país designa un ministerio responsable, comienza a elaborar "
                "un plan de acción nacional co-creado con la sociedad civil y se compromete a "
                "participar en el Mecanismo de Revisión Independiente de la AGA.",
            ),
            T(
                "Il n’existe pas de procédure officielle d’adhésion pour les organisations de la "
                "société civile. Les individus et les organisations peuvent faire campagne pour "
                "que leur pays devienne admissible et demande son adhésion, participer à "
                "l’élaboration d’un plan d’action ambitieux qui s’attaque aux grands enjeux "
                "sociétaux, et accompagner sa mise en œuvre en partageant leur expertise avec les "
                "agents publics.",
                "There is no formal membership procedure for civil society organisations. "
                "Individuals and organisations can campaign for their country to become eligible "
                "and apply, take part in developing an ambitious action plan that tackles major "
                "societal issues, and support its implementation by sharing their expertise with "
                "public officials.",
                "No existe un procedimiento formal de adhesión para las organizaciones de la "
                "sociedad civil. Las personas y las organizaciones pueden hacer campaña para que "
                "su país sea elegible y solicite su adhesión, participar en la elaboración de un "
                "plan de acción ambicioso que aborde los grandes retos sociales y acompañar su "
                "ejecución compartiendo su experiencia con el personal público.",
            ),
            T(
                "Elles peuvent aussi évaluer les performances, en contribuant au Mécanisme "
                "d’évaluation indépendant, à l’auto-évaluation du gouvernement ou à leur propre "
                "évaluation, partager leurs connaissances avec d’autres organisations et "
                "administrations au sein du réseau mondial du PGO, puis recommencer : se servir "
                "du PGO pour avancer vers leur prochain objectif.",
                "They can also assess performance, by contributing to the Independent Reporting "
                "Mechanism, to the government’s self-assessment or to their own evaluation, share "
                "their knowledge with other organisations and governments across the OGP global "
                "network, and then start again: use OGP to move towards their next goal.",
                "También pueden evaluar los resultados, contribuyendo al Mecanismo de Revisión "
                "Independiente, a la autoevaluación del gobierno o a su propia evaluación, "
                "compartir sus conocimientos con otras organizaciones y administraciones de la "
                "red mundial de la AGA y, después, volver a empezar: servirse de la AGA para "
                "avanzar hacia su siguiente objetivo.",
            ),
        ],
    },
    {
        "key": "national-action-plans",
        "title": T(
            "Les plans d’action nationaux", "National action plans", "Planes de acción nacionales"
        ),
        "intro": T(
            "Co-créé avec la société civile tous les deux ans, le plan d’action national "
            "rassemble des engagements précis et ambitieux pour un gouvernement plus ouvert.",
            "Co-created with civil society every two years, the national action plan brings "
            "together specific, ambitious commitments for a more open government.",
            "Co-creado con la sociedad civil cada dos años, el plan de acción nacional reúne "
            "compromisos concretos y ambiciosos para un gobierno más abierto.",
        ),
        "body": [
            T(
                "Les États membres doivent co-créer avec la société civile un plan d’action "
                "national. Chaque plan comprend des engagements précis et ambitieux visant à "
                "garantir la responsabilité envers les citoyens, à renforcer la transparence et "
                "la participation citoyenne à l’action publique. Ces engagements doivent répondre "
                "à de réelles problématiques et apporter des changements positifs dans la vie des "
                "citoyens.",
                "Member countries must co-create a national action plan with civil society. Each "
                "plan contains specific, ambitious commitments to ensure accountability to "
                "citizens and to strengthen transparency and citizen participation in "
                "government. These commitments must address real problems and bring positive "
                "change to people’s lives.",
                "Los Estados miembros deben co-crear con la sociedad civil un plan de acción "
                "nacional. Cada plan incluye compromisos concretos y ambiciosos para garantizar "
                "la rendición de cuentas ante la ciudadanía y reforzar la transparencia y la "
                "participación ciudadana en la acción pública. Estos compromisos deben responder "
                "a problemas reales y aportar cambios positivos en la vida de las personas.",
            ),
            T(
                "Avec le plan d’action, la volonté politique est mise en application. "
                "Idéalement, le processus démarre par plusieurs séances de consultation ouverte "
                "où toutes les parties prenantes présentent et discutent leurs propositions "
                "d’engagements. Une fois les priorités établies, le plan final doit contenir cinq "
                "à quinze engagements prenant en compte les contributions de la société civile et "
                "des différents ministères.",
                "With the action plan, political will is put into practice. Ideally, the process "
                "begins with several open consultation sessions in which all stakeholders present "
                "and discuss their proposed commitments. Once priorities are set, the final plan "
                "should contain five to fifteen commitments reflecting the input of civil society "
                "and of the various ministries.",
                "Con el plan de acción, la voluntad política se pone en práctica. Idealmente, el "
                "proceso comienza con varias sesiones de consulta abierta en las que todas las "
                "partes interesadas presentan y debaten sus propuestas de compromisos. Una vez "
                "fijadas las prioridades, el plan final debe contener entre cinco y quince "
                "compromisos que recojan las aportaciones de la sociedad civil y de los distintos "
                "ministerios.",
            ),
            T(
                "Le PGO encourage les pays à mettre en place un mécanisme de dialogue permanent "
                "entre le gouvernement et la société civile, afin de coopérer tout au long du "
                "cycle national : d’abord en co-créant le plan d’action, puis en soutenant sa "
                "mise en œuvre, et enfin en l’évaluant.",
                "OGP encourages countries to set up a permanent dialogue mechanism between "
                "government and civil society, so that they cooperate throughout the national "
                "cycle: first co-creating the action plan, then supporting its implementation "
                "and finally assessing it.",
                "La AGA anima a los países a establecer un mecanismo de diálogo permanente entre "
                "el gobierno y la sociedad civil para cooperar a lo largo de todo el ciclo "
                "nacional: primero co-creando el plan de acción, después apoyando su ejecución y, "
                "por último, evaluándolo.",
            ),
            T(
                "Un nouveau plan d’action doit être élaboré tous les deux ans, enrichi des acquis "
                "du cycle précédent, des commentaires de la société civile et des "
                "recommandations du Mécanisme d’évaluation indépendant. Chaque nouveau plan doit "
                "être une expérience riche en apprentissages et viser des réformes plus "
                "ambitieuses et un engagement citoyen renforcé.",
                "A new action plan must be developed every two years, building on the lessons of "
                "the previous cycle, civil society feedback and the recommendations of the "
                "Independent Reporting Mechanism. Each new plan should be a rich learning "
                "experience and aim for more ambitious reforms and stronger citizen engagement.",
                "Cada dos años debe elaborarse un nuevo plan de acción, enriquecido con lo "
                "aprendido en el ciclo anterior, los comentarios de la sociedad civil y las "
                "recomendaciones del Mecanismo de Revisión Independiente. Cada nuevo plan debe "
                "ser una experiencia rica en aprendizajes y aspirar a reformas más ambiciosas y a "
                "una mayor participación ciudadana.",
            ),
            T(
                "Tout au long du cycle, le Mécanisme d’évaluation indépendant distingue des "
                "engagements « phares » : mesurables, spécifiques, potentiellement "
                "transformateurs, en lien avec le gouvernement ouvert, et dont la mise en œuvre "
                "est entamée ou achevée au moment de l’évaluation.",
                "Throughout the cycle, the Independent Reporting Mechanism singles out “flagship” "
                "commitments: measurable, specific, potentially transformative, relevant to open "
                "government, and already under way or completed at the time of assessment.",
                "A lo largo del ciclo, el Mecanismo de Revisión Independiente destaca compromisos "
                "«emblemáticos»: medibles, específicos, potencialmente transformadores, "
                "vinculados al gobierno abierto y cuya ejecución ya ha comenzado o ha concluido en "
                "el momento de la evaluación.",
            ),
        ],
    },
    {
        "key": "independent-reporting-mechanism",
        "title": T(
            "Le Mécanisme d’évaluation indépendant",
            "The Independent Reporting Mechanism",
            "El Mecanismo de Revisión Independiente",
        ),
        "intro": T(
            "Le MEI rédige des rapports complets et impartiaux sur l’élaboration et la mise en "
            "œuvre de chaque plan d’action.",
            "The IRM produces comprehensive, impartial reports on the development and "
            "implementation of each action plan.",
            "El MRI elabora informes completos e imparciales sobre la elaboración y la ejecución "
            "de cada plan de acción.",
        ),
        "body": [
            T(
                "Le Mécanisme d’évaluation indépendant (MEI) s’assure que les gouvernements "
                "rendent compte de la mise en œuvre de leurs engagements. Il permet aux parties "
                "prenantes de suivre les progrès du PGO dans les pays membres grâce à un rapport "
                "complet et impartial sur les avancées de chaque plan d’action national.",
                "The Independent Reporting Mechanism (IRM) ensures that governments are held "
                "accountable for implementing their commitments. It enables stakeholders to track "
                "OGP progress in member countries through a comprehensive, impartial report on "
                "the progress of each national action plan.",
                "El Mecanismo de Revisión Independiente (MRI) garantiza que los gobiernos rindan "
                "cuentas de la ejecución de sus compromisos. Permite a las partes interesadas "
                "seguir los avances de la AGA en los países miembros mediante un informe completo "
                "e imparcial sobre el progreso de cada plan de acción nacional.",
            ),
            T(
                "Pour produire chaque rapport, des experts nationaux évaluent l’élaboration et la "
                "mise en œuvre des plans d’action et les avancées en matière de gouvernement "
                "ouvert, et formulent des recommandations techniques pour progresser. Les "
                "rapports subissent un rigoureux contrôle de qualité : les États et les acteurs "
                "de la société civile sont invités à apporter des preuves et une analyse des "
                "progrès, puis le MEI rédige l’évaluation finale. Ce processus, unique au PGO, "
                "fait sa force et préserve son intégrité.",
                "For each report, national experts assess the development and implementation of "
                "action plans and progress on open government, and make technical "
                "recommendations for improvement. Reports go through rigorous quality control: "
                "governments and civil society are invited to provide evidence and analysis of "
                "progress, and the IRM then writes the final assessment. This process, unique to "
                "OGP, is its strength and preserves its integrity.",
                "Para cada informe, expertos nacionales evalúan la elaboración y la ejecución de "
                "los planes de acción y los avances en gobierno abierto, y formulan "
                "recomendaciones técnicas para progresar. Los informes pasan por un riguroso "
                "control de calidad: los Estados y los actores de la sociedad civil aportan "
                "pruebas y análisis de los avances, y luego el MRI redacta la evaluación final. "
                "Este proceso, exclusivo de la AGA, es su fortaleza y preserva su integridad.",
            ),
            T(
                "Les rapports visent à éclairer l’élaboration du plan d’action suivant, à "
                "alimenter le dialogue entre gouvernements et citoyens et à promouvoir une "
                "culture de la redevabilité. Les données issues des rapports du MEI sont publiées "
                "dans un format ouvert.",
                "The reports aim to inform the development of the next action plan, to feed the "
                "dialogue between governments and citizens and to promote a culture of "
                "accountability. Data from IRM reports is published in an open format.",
                "Los informes buscan orientar la elaboración del siguiente plan de acción, "
                "alimentar el diálogo entre gobiernos y ciudadanía y promover una cultura de "
                "rendición de cuentas. Los datos de los informes del MRI se publican en formato "
                "abierto.",
            ),
            T(
                "Le MEI est supervisé par un Panel d’experts international, organe consultatif "
                "composé de cinq experts régionaux et thématiques nommés par le comité directeur "
                "à l’issue d’un processus ouvert. Ce panel préserve l’indépendance du MEI et "
                "assure la qualité de sa méthodologie, de son processus d’examen, de la gestion "
                "des conflits d’intérêts et de ses produits.",
                "The IRM is overseen by an International Expert Panel, an advisory body of five "
                "regional and thematic experts appointed by the Steering Committee through an "
                "open process. The panel safeguards the IRM’s independence and assures the "
                "quality of its methodology, review process, handling of conflicts of interest "
                "and products.",
                "El MRI está supervisado por un Panel Internacional de Expertos, órgano "
                "consultivo compuesto por cinco expertos regionales y temáticos nombrados por el "
                "Comité Directivo mediante un proceso abierto. Este panel preserva la "
                "independencia del MRI y garantiza la calidad de su metodología, su proceso de "
                "revisión, la gestión de conflictos de intereses y sus productos.",
            ),
            T(
                "Après plus d’une décennie, le MEI a constaté que près de 500 engagements du PGO "
                "ont ouvert les gouvernements de manière considérable, et ses données constituent "
                "l’un des socles des éléments probants que le PGO met à la disposition des "
                "réformateurs.",
                "After more than a decade, the IRM has found that nearly 500 OGP commitments "
                "opened up government significantly, and its data is one of the foundations of "
                "the evidence OGP makes available to reformers.",
                "Tras más de una década, el MRI ha constatado que casi 500 compromisos de la AGA "
                "abrieron el gobierno de manera considerable, y sus datos son uno de los pilares "
                "de la evidencia que la AGA pone a disposición de las personas reformadoras.",
            ),
        ],
    },
    {
        "key": "governance",
        "title": T(
            "Comité directeur et gouvernance",
            "Steering Committee and governance",
            "Comité Directivo y gobernanza",
        ),
        "intro": T(
            "Qui dirige le PGO : le comité directeur paritaire, le Secrétariat permanent, les "
            "ambassadeurs, et comment le Partenariat est financé.",
            "Who runs OGP: the parity-based Steering Committee, the Support Unit, the "
            "ambassadors, and how the Partnership is funded.",
            "Quién dirige la AGA: el Comité Directivo paritario, la Unidad de Apoyo, los "
            "embajadores, y cómo se financia la Alianza.",
        ),
        "body": [
            T(
                "Le comité directeur définit la stratégie globale du Partenariat et supervise le "
                "Secrétariat permanent. Il compte 22 membres, 11 issus des gouvernements et 11 "
                "de la société civile, illustrant le principe de coopération et de codécision au "
                "cœur du PGO. Sa composition change chaque année pour accueillir de nouveaux membres ; il est dirigé par quatre coprésidents, "
                "un tandem gouvernement–société civile assurant la présidence. Sa composition "
                "veille à la diversité régionale, à la parité entre femmes et hommes et à "
                "l’équilibre sectoriel.",
                "The Steering Committee sets the Partnership’s overall strategy and oversees the "
                "Support Unit. It has 22 members, 11 from governments and 11 from civil society, "
                "embodying the principle of cooperation and joint decision-making at the heart of "
                "OGP. Its membership changes every year to welcome new members, and it is led by four co-chairs, with a "
                "government–civil society pair holding the chair. Its composition ensures "
                "regional diversity, gender balance and sectoral balance.",
                "El Comité Directivo define la estrategia general de la Alianza y supervisa la "
                "Unidad de Apoyo. Cuenta con 22 miembros, 11 de gobiernos y 11 de la sociedad "
                "civil, lo que refleja el principio de cooperación y codecisión en el centro de "
                "la AGA. Su composición cambia cada año para dar entrada a nuevos miembros, y lo dirigen cuatro copresidentes, con una dupla "
                "gobierno–sociedad civil a cargo de la presidencia. Su composición vela por la "
                "diversidad regional, la paridad de género y el equilibrio sectorial.",
            ),
            T(
                "Le comité directeur se réunit en personne au moins trois fois par an, dont une "
                "fois au niveau ministériel, pour approuver les politiques, les programmes et les "
                "procédures. Ses membres jouent aussi un rôle essentiel dans la promotion du PGO "
                "auprès de leurs homologues, en donnant l’exemple et en mettant à profit leurs "
                "réseaux et leur influence diplomatique. Un conseil d’administration, issu du "
                "comité directeur, assure la surveillance fiduciaire et juridique et approuve les "
                "budgets.",
                "The Steering Committee meets in person at least three times a year, once at "
                "ministerial level, to approve policies, programmes and procedures. Its members "
                "also play a key role in promoting OGP among their peers, leading by example and "
                "drawing on their networks and diplomatic influence. A Board of Directors, drawn "
                "from the Steering Committee, provides fiduciary and legal oversight and approves "
                "budgets.",
                "El Comité Directivo se reúne en persona al menos tres veces al año, una de ellas "
                "a nivel ministerial, para aprobar políticas, programas y procedimientos. Sus "
                "miembros también desempeñan un papel esencial en la promoción de la AGA ante sus "
                "homólogos, dando ejemplo y aprovechando sus redes e influencia diplomática. Una "
                "Junta Directiva, integrada por miembros del Comité Directivo, ejerce la "
                "supervisión fiduciaria y jurídica y aprueba los presupuestos.",
            ),
            T(
                "Le Secrétariat permanent, qui inclut l’équipe du Mécanisme d’évaluation "
                "indépendant, met en œuvre le programme du Partenariat : appui aux "
                "gouvernements, animation des échanges, mobilisation de la société civile, "
                "promotion de l’apprentissage et des résultats, opérations et communication. Il "
                "gère les relations avec les partenaires multilatéraux et les donateurs, organise "
                "les réunions du comité directeur, soutient les événements mondiaux et régionaux, "
                "gère les élections annuelles et met à jour chaque année les scores "
                "d’admissibilité.",
                "The Support Unit, which includes the Independent Reporting Mechanism team, "
                "delivers the Partnership’s programme: support to governments, facilitation of "
                "exchange, civil society engagement, promotion of learning and results, "
                "operations and communications. It manages relations with multilateral partners "
                "and donors, organises Steering Committee meetings, supports global and regional "
                "events, runs the annual elections and updates eligibility scores every year.",
                "La Unidad de Apoyo, que incluye el equipo del Mecanismo de Revisión "
                "Independiente, ejecuta el programa de la Alianza: apoyo a los gobiernos, "
                "dinamización de los intercambios, movilización de la sociedad civil, promoción "
                "del aprendizaje y los resultados, operaciones y comunicación. Gestiona las "
                "relaciones con los socios multilaterales y los donantes, organiza las reuniones "
                "del Comité Directivo, apoya los eventos mundiales y regionales, gestiona las "
                "elecciones anuales y actualiza cada año las puntuaciones de elegibilidad.",
            ),
            T(
                "Le Secrétariat permanent est dirigé par un directeur exécutif, responsable de la "
                "mise en œuvre de la stratégie et du programme du PGO. Vers 2016, il comptait une "
                "trentaine de personnes de quinze nationalités différentes.",
                "The Support Unit is led by an Executive Director, responsible for delivering "
                "OGP’s strategy and programme. Around 2016, it had some thirty staff of fifteen "
                "different nationalities.",
                "La Unidad de Apoyo está dirigida por un director ejecutivo, responsable de "
                "ejecutar la estrategia y el programa de la AGA. Hacia 2016 contaba con una "
                "treintena de personas de quince nacionalidades distintas.",
            ),
            T(
                "Les ambassadeurs du PGO sont des personnalités internationales de haut rang "
                "dévouées au mouvement pour le gouvernement ouvert, qui assurent son rayonnement, "
                "défendent sa crédibilité et promeuvent son développement à long terme. En 2016, "
                "il s’agissait de Winnie Byanyima, directrice générale d’Oxfam International, et "
                "de Mo Ibrahim, fondateur et président de la Fondation Mo Ibrahim.",
                "OGP ambassadors are high-level international figures dedicated to the open "
                "government movement, who raise its profile, defend its credibility and promote "
                "its long-term development. In 2016 they were Winnie Byanyima, Executive Director "
                "of Oxfam International, and Mo Ibrahim, founder and chair of the Mo Ibrahim "
                "Foundation.",
                "Los embajadores de la AGA son personalidades internacionales de alto nivel "
                "dedicadas al movimiento por el gobierno abierto, que difunden su labor, "
                "defienden su credibilidad y promueven su desarrollo a largo plazo. En 2016 eran "
                "Winnie Byanyima, directora ejecutiva de Oxfam International, y Mo Ibrahim, "
                "fundador y presidente de la Fundación Mo Ibrahim.",
            ),
            T(
                "Le modèle de financement du PGO illustre le partenariat entre les États et la "
                "société civile : il provient à parts sensiblement égales de fondations "
                "philanthropiques, par des subventions pluriannuelles, et des gouvernements, par "
                "l’aide bilatérale et les contributions des pays membres. Depuis 2015, le PGO "
                "demande à tous ses membres une contribution volontaire, augmentée à partir de "
                "2024 pour financer la stratégie 2023–2028. Le PGO entretient aussi des "
                "partenariats officiels avec sept organisations multilatérales.",
                "OGP’s funding model reflects the partnership between governments and civil "
                "society: it comes in roughly equal shares from philanthropic foundations, "
                "through multi-year grants, and from governments, through bilateral aid and "
                "member country contributions. Since 2015 OGP has asked all members for a "
                "voluntary contribution, increased from 2024 to fund the 2023–2028 strategy. OGP "
                "also has formal partnerships with seven multilateral organisations.",
                "El modelo de financiación de la AGA refleja la alianza entre los Estados y la "
                "sociedad civil: procede, a partes prácticamente iguales, de fundaciones "
                "filantrópicas, mediante subvenciones plurianuales, y de los gobiernos, mediante "
                "la ayuda bilateral y las contribuciones de los países miembros. Desde 2015, la "
                "AGA solicita a todos sus miembros una contribución voluntaria, aumentada a "
                "partir de 2024 para financiar la estrategia 2023–2028. La AGA mantiene además "
                "alianzas oficiales con siete organizaciones multilaterales.",
            ),
        ],
    },
    {
        "key": "response-policy",
        "title": T("La politique de réponse", "The response policy", "La política de respuesta"),
        "intro": T(
            "Un mécanisme adopté en 2014 pour préserver les valeurs du PGO lorsque l’espace "
            "civique ou les libertés fondamentales sont menacés dans un pays membre.",
            "A mechanism adopted in 2014 to uphold OGP’s values when civic space or fundamental "
            "freedoms are threatened in a member country.",
            "Un mecanismo adoptado en 2014 para preservar los valores de la AGA cuando el "
            "espacio cívico o las libertades fundamentales se ven amenazados en un país miembro.",
        ),
        "body": [
            T(
                "En 2014, le comité directeur a adopté une politique de respect des valeurs et "
                "principes du Partenariat pour un gouvernement ouvert, aussi appelée « politique "
                "de réponse ». Elle reconnaît que des problèmes peuvent survenir au-delà de la "
                "portée des plans d’action et avoir un impact majeur sur la participation au PGO, "
                "comme des restrictions aux libertés fondamentales ou à l’accès à l’information, "
                "ou la réduction de l’espace civique et de l’environnement dans lequel opère la "
                "société civile.",
                "In 2014 the Steering Committee adopted a policy on upholding the values and "
                "principles of the Open Government Partnership, known as the “response policy”. "
                "It recognises that problems may arise beyond the scope of action plans and have "
                "a major impact on participation in OGP, such as restrictions on fundamental "
                "freedoms or on access to information, or the shrinking of civic space and of the "
                "environment in which civil society operates.",
                "En 2014, el Comité Directivo adoptó una política de respeto de los valores y "
                "principios de la Alianza para el Gobierno Abierto, conocida como «política de "
                "respuesta». Reconoce que pueden surgir problemas más allá del alcance de los "
                "planes de acción y con un impacto importante en la participación en la AGA, como "
                "restricciones a las libertades fundamentales o al acceso a la información, o la "
                "reducción del espacio cívico y del entorno en el que actúa la sociedad civil.",
            ),
            T(
                "Pour préserver l’intégrité et la crédibilité du PGO et assurer son avenir, il est "
                "important que les pays membres défendent ces valeurs et principes, tels "
                "qu’inscrits dans la Déclaration commune pour un gouvernement ouvert et dans les "
                "Articles de gouvernance.",
                "To preserve OGP’s integrity and credibility and secure its future, it is "
                "important that member countries uphold these values and principles, as set out "
                "in the Open Government Declaration and the Articles of Governance.",
                "Para preservar la integridad y la credibilidad de la AGA y asegurar su futuro, "
                "es importante que los países miembros defiendan estos valores y principios, tal "
                "como figuran en la Declaración de Gobierno Abierto y en los Artículos de "
                "Gobernanza.",
            ),
            T(
                "La politique est déclenchée lorsque le comité directeur ou le Secrétariat "
                "permanent reçoit un courrier exposant des préoccupations au sujet d’une "
                "situation critique dans un pays membre. Ce courrier peut provenir d’un membre du "
                "comité directeur, gouvernement ou société civile, d’un partenaire multilatéral, "
                "d’un codirigeant de groupe de travail, d’une organisation de la société civile "
                "ou d’un média impliqué dans le PGO au niveau national ou international.",
                "The policy is triggered when the Steering Committee or the Support Unit receives "
                "a letter setting out concerns about a critical situation in a member country. "
                "The letter may come from a Steering Committee member, government or civil "
                "society, a multilateral partner, a working group co-lead, a civil society "
                "organisation or a media outlet involved in OGP nationally or internationally.",
                "La política se activa cuando el Comité Directivo o la Unidad de Apoyo recibe una "
                "carta que expone preocupaciones sobre una situación crítica en un país miembro. "
                "La carta puede proceder de un miembro del Comité Directivo, gubernamental o de "
                "la sociedad civil, de un socio multilateral, de un codirector de un grupo de "
                "trabajo, de una organización de la sociedad civil o de un medio de comunicación "
                "implicado en la AGA a nivel nacional o internacional.",
            ),
            T(
                "Dans sa stratégie 2023–2028, le PGO s’engage à mieux appliquer et à réviser "
                "périodiquement ses politiques sur l’espace civique, dont la vérification des "
                "valeurs à l’adhésion, la politique de réponse et le protocole de réponse rapide, "
                "et à mettre en évidence de manière plus proactive les progrès ou les régressions "
                "de ses membres.",
                "In its 2023–2028 strategy, OGP commits to enforcing and periodically reviewing "
                "its civic space policies, including the values check on joining, the response "
                "policy and the rapid response protocol, and to highlighting its members’ "
                "progress or backsliding more proactively.",
                "En su estrategia 2023–2028, la AGA se compromete a aplicar mejor y revisar "
                "periódicamente sus políticas sobre el espacio cívico, incluidas la verificación "
                "de valores en la adhesión, la política de respuesta y el protocolo de respuesta "
                "rápida, y a poner de relieve de forma más proactiva los avances o retrocesos de "
                "sus miembros.",
            ),
        ],
    },
    {
        "key": "peer-exchange",
        "title": T(
            "Échanges entre pairs et apprentissage",
            "Peer exchange and learning",
            "Intercambio entre pares y aprendizaje",
        ),
        "intro": T(
            "Groupes de travail, échanges entre pays, séminaires en ligne et événements : les "
            "espaces où les réformateurs du monde entier apprennent les uns des autres.",
            "Working groups, country exchanges, webinars and events: the spaces where reformers "
            "from around the world learn from one another.",
            "Grupos de trabajo, intercambios entre países, seminarios web y eventos: los espacios "
            "donde las personas reformadoras de todo el mundo aprenden unas de otras.",
        ),
        "body": [
            T(
                "La stratégie d’échanges entre pairs du PGO et de ses groupes de travail vise à "
                "développer une communauté active d’entraide parmi les réformateurs du monde "
                "entier, engagés sur des thématiques précises et confrontés à des problématiques "
                "similaires. Certains échanges s’adressent aux gouvernements et à la société "
                "civile ensemble, d’autres à l’un ou à l’autre.",
                "The peer exchange strategy of OGP and its working groups aims to build an active "
                "community of mutual support among reformers around the world who work on "
                "specific themes and face similar problems. Some exchanges are for governments "
                "and civil society together, others for one or the other.",
                "La estrategia de intercambio entre pares de la AGA y de sus grupos de trabajo "
                "busca desarrollar una comunidad activa de apoyo mutuo entre personas "
                "reformadoras de todo el mundo que trabajan en temas concretos y afrontan "
                "problemas similares. Algunos intercambios se dirigen a gobiernos y sociedad "
                "civil juntos, otros a unos u otros.",
            ),
            T(
                "En 2015, l’Afrique du Sud, le Ghana, la Sierra Leone, le Liberia et la Tanzanie "
                "se sont regroupés au sein d’un conseil africain du PGO pour partager leurs "
                "expériences sur leurs plans d’action. Les Philippines et la Sierra Leone ont "
                "échangé sur leurs engagements relatifs aux données ouvertes et à la lutte contre "
                "la corruption, et l’Argentine, le Chili, le Paraguay et l’Uruguay ont étudié "
                "l’intégration des Objectifs de développement durable dans leurs plans.",
                "In 2015, South Africa, Ghana, Sierra Leone, Liberia and Tanzania came together "
                "in an African OGP council to share experience on their action plans. The "
                "Philippines and Sierra Leone exchanged ideas on their open data and "
                "anti-corruption commitments, and Argentina, Chile, Paraguay and Uruguay looked "
                "at how to integrate the Sustainable Development Goals into their plans.",
                "En 2015, Sudáfrica, Ghana, Sierra Leona, Liberia y Tanzania se agruparon en un "
                "consejo africano de la AGA para compartir experiencias sobre sus planes de "
                "acción. Filipinas y Sierra Leona intercambiaron ideas sobre sus compromisos de "
                "datos abiertos y lucha contra la corrupción, y Argentina, Chile, Paraguay y "
                "Uruguay estudiaron cómo integrar los Objetivos de Desarrollo Sostenible en sus "
                "planes.",
            ),
            T(
                "Le programme cherche aussi à repérer les initiatives réussies dans un pays qui "
                "pourraient être adaptées ailleurs. Ainsi, le Mexique et la Colombie ont "
                "collaboré sur des tableaux de bord de suivi de la mise en œuvre des engagements, "
                "le Mexique partageant le code source de son site de suivi.",
                "The programme also seeks to identify initiatives that have succeeded in one "
                "country and could be adapted elsewhere. Mexico and Colombia, for example, "
                "worked together on dashboards to track the implementation of commitments, with "
                "Mexico sharing the source code of its tracking website.",
                "El programa también busca identificar iniciativas exitosas en un país que "
                "podrían adaptarse a otros. Así, México y Colombia colaboraron en tableros de "
                "seguimiento de la ejecución de los compromisos, y México compartió el código "
                "fuente de su sitio de seguimiento.",
            ),
            T(
                "Six groupes de travail thématiques aident les administrations à concevoir et à "
                "mettre en œuvre des engagements plus ambitieux, notamment par l’examen par les "
                "pairs des projets de plans d’action : données ouvertes, accès à l’information, "
                "transparence budgétaire, ressources naturelles, transparence législative et "
                "lutte contre la corruption. Chacun est codirigé par un pays membre et une "
                "organisation de la société civile, et ouvert à tous.",
                "Six thematic working groups help governments design and implement more "
                "ambitious commitments, including through peer review of draft action plans: "
                "open data, access to information, fiscal openness, natural resources, "
                "legislative openness and anti-corruption. Each is co-led by a member country "
                "and a civil society organisation, and is open to all.",
                "Seis grupos de trabajo temáticos ayudan a las administraciones a diseñar y "
                "aplicar compromisos más ambiciosos, en particular mediante la revisión entre "
                "pares de los borradores de planes de acción: datos abiertos, acceso a la "
                "información, apertura fiscal, recursos naturales, apertura legislativa y lucha "
                "contra la corrupción. Cada uno está codirigido por un país miembro y una "
                "organización de la sociedad civil, y está abierto a todos.",
            ),
            T(
                "Le PGO organise chaque mois plusieurs séminaires en ligne qui réunissent "
                "praticiens et experts autour d’approches innovantes face aux difficultés "
                "communes de mise en œuvre. Les conférences régionales et le Sommet mondial, "
                "tous les deux ans, mettent en contact les réformateurs, favorisent "
                "l’apprentissage entre pairs et deviennent souvent des catalyseurs de nouveaux "
                "engagements.",
                "OGP runs several webinars a month that bring practitioners and experts together "
                "around innovative approaches to common implementation challenges. Regional "
                "conferences and the Global Summit, held every two years, connect reformers, "
                "foster peer learning and often become catalysts for new commitments.",
                "La AGA organiza cada mes varios seminarios web que reúnen a profesionales y "
                "expertos en torno a enfoques innovadores ante dificultades comunes de "
                "ejecución. Las conferencias regionales y la Cumbre Mundial, cada dos años, ponen "
                "en contacto a las personas reformadoras, favorecen el aprendizaje entre pares y "
                "a menudo se convierten en catalizadores de nuevos compromisos.",
            ),
            T(
                "D’autres ressources soutiennent cet apprentissage : l’Explorateur PGO, outil "
                "interactif qui mesure les progrès des engagements par pays et par thème en "
                "données ouvertes ; le Guide du gouvernement ouvert, co-créé avec des partenaires ; "
                "le blog, la lettre d’information et la liste de diffusion de la société civile, "
                "qui relie plus de 1 500 praticiens.",
                "Other resources support this learning: the OGP Explorer, an interactive tool "
                "that measures progress on commitments by country and theme as open data; the "
                "Open Government Guide, co-created with partners; and the blog, the newsletter "
                "and the civil society mailing list, which connects more than 1,500 "
                "practitioners.",
                "Otros recursos apoyan este aprendizaje: el Explorador de la AGA, herramienta "
                "interactiva que mide los avances de los compromisos por país y por tema en "
                "datos abiertos; la Guía de gobierno abierto, co-creada con socios; y el blog, "
                "el boletín y la lista de correo de la sociedad civil, que conecta a más de 1.500 "
                "profesionales.",
            ),
        ],
    },
    {
        "key": "ogp-local",
        "title": T("Le PGO local", "OGP Local", "AGA Local"),
        "intro": T(
            "Comment les villes, régions et autres juridictions locales rejoignent le PGO, et le "
            "rôle de chaque acteur au sein du PGO local.",
            "How cities, regions and other local jurisdictions join OGP, and the role of each "
            "actor within OGP Local.",
            "Cómo las ciudades, regiones y otras jurisdicciones locales se unen a la AGA, y el "
            "papel de cada actor dentro de AGA Local.",
        ),
        "body": [
            T(
                "Le PGO reconnaît le rôle clé des gouvernements locaux, plus proches des "
                "personnes qu’ils servent. En avril 2016, il a sélectionné 15 collectivités pour "
                "un programme pilote : Austin, Buenos Aires, l’État de Jalisco, La Libertad, la "
                "province de l’Ontario, São Paulo, le comté d’Elgeyo-Marakwet, Kigoma, "
                "Sekondi-Takoradi, Madrid, Paris, l’Écosse, Bojonegoro, Séoul et Tbilissi. Elles "
                "ont développé avec la société civile leurs propres engagements, évalués par le "
                "Mécanisme d’évaluation indépendant.",
                "OGP recognises the key role of local governments, which are closer to the people "
                "they serve. In April 2016 it selected 15 jurisdictions for a pilot programme: "
                "Austin, Buenos Aires, Jalisco State, La Libertad, the Province of Ontario, São "
                "Paulo, Elgeyo-Marakwet County, Kigoma, Sekondi-Takoradi, Madrid, Paris, "
                "Scotland, Bojonegoro, Seoul and Tbilisi. They developed their own commitments "
                "with civil society, assessed by the Independent Reporting Mechanism.",
                "La AGA reconoce el papel clave de los gobiernos locales, más cercanos a las "
                "personas a las que sirven. En abril de 2016 seleccionó 15 jurisdicciones para un "
                "programa piloto: Austin, Buenos Aires, el Estado de Jalisco, La Libertad, la "
                "provincia de Ontario, São Paulo, el condado de Elgeyo-Marakwet, Kigoma, "
                "Sekondi-Takoradi, Madrid, París, Escocia, Bojonegoro, Seúl y Tiflis. Con la "
                "sociedad civil elaboraron sus propios compromisos, evaluados por el Mecanismo de "
                "Revisión Independiente.",
            ),
            T(
                "Toute juridiction locale d’un pays membre actif du PGO peut demander à rejoindre "
                "le PGO local lors des appels à candidatures périodiques de l’Unité de soutien, "
                "sans seuil de population ni limite du nombre de membres par pays. Les critères "
                "incluent l’engagement du chef de l’exécutif local et de partenaires non "
                "gouvernementaux, une expérience de co-création au cours des trois dernières "
                "années, au moins 16 mois restants au mandat en cours, une ambition alignée sur "
                "les priorités du PGO, des ressources dédiées et la volonté d’apprendre entre "
                "pairs.",
                "Any local jurisdiction in an active OGP member country can apply to join OGP "
                "Local during the Support Unit’s periodic calls, with no population threshold or "
                "limit on the number of members per country. Criteria include commitment from the "
                "head of the local government and from non-governmental partners, co-creation "
                "experience in the past three years, at least 16 months left in the current term, "
                "ambition aligned with OGP priorities, dedicated resources and willingness to "
                "learn from peers.",
                "Cualquier jurisdicción local de un país miembro activo de la AGA puede solicitar "
                "su ingreso en AGA Local durante las convocatorias periódicas de la Unidad de "
                "Apoyo, sin umbral de población ni límite de miembros por país. Los criterios "
                "incluyen el compromiso del jefe del gobierno local y de socios no "
                "gubernamentales, experiencia de co-creación en los últimos tres años, al menos "
                "16 meses restantes de mandato, una ambición alineada con las prioridades de la "
                "AGA, recursos dedicados y voluntad de aprender entre pares.",
            ),
            T(
                "La candidature prend la forme d’une lettre d’appui de trois pages au maximum, "
                "rédigée en anglais, signée par le chef du gouvernement local et par au moins une "
                "partie prenante non gouvernementale. Elle expose la valeur ajoutée de "
                "l’adhésion, les domaines prioritaires, les capacités de co-création et "
                "l’expérience acquise. L’Unité de soutien veille à une cohorte diversifiée en "
                "régions, types de juridiction et tailles de population.",
                "Applications take the form of a letter of support of no more than three pages, "
                "written in English and signed by the head of the local government and at least "
                "one non-governmental stakeholder. It sets out the value of joining, priority "
                "areas, co-creation capacity and past experience. The Support Unit ensures a "
                "diverse cohort in terms of regions, types of jurisdiction and population size.",
                "La candidatura consiste en una carta de apoyo de tres páginas como máximo, "
                "redactada en inglés y firmada por el jefe del gobierno local y al menos una "
                "parte interesada no gubernamental. En ella se exponen el valor de la adhesión, "
                "los ámbitos prioritarios, la capacidad de co-creación y la experiencia previa. "
                "La Unidad de Apoyo vela por una cohorte diversa en regiones, tipos de "
                "jurisdicción y tamaño de población.",
            ),
            T(
                "Le gouvernement désigne un point de contact qui mobilise les parties prenantes "
                "non gouvernementales, coordonne les services, assure la liaison avec l’Unité de "
                "soutien, publie le suivi en ligne et les éléments de preuve, et participe aux "
                "échanges entre pairs et au dialogue avec le niveau national. Les organisations "
                "de la société civile et autres acteurs non gouvernementaux font connaître le "
                "processus, proposent et rédigent des engagements, contribuent à leur mise en "
                "œuvre et en surveillent l’avancement.",
                "The government appoints a point of contact who engages non-governmental "
                "stakeholders, coordinates agencies, liaises with the Support Unit, publishes "
                "online progress and evidence, and takes part in peer exchange and in dialogue "
                "with the national level. Civil society organisations and other non-governmental "
                "actors raise awareness of the process, propose and draft commitments, help "
                "implement them and monitor their progress.",
                "El gobierno designa un punto de contacto que moviliza a las partes interesadas "
                "no gubernamentales, coordina los organismos, hace de enlace con la Unidad de "
                "Apoyo, publica el seguimiento en línea y las pruebas, y participa en los "
                "intercambios entre pares y en el diálogo con el nivel nacional. Las "
                "organizaciones de la sociedad civil y otros actores no gubernamentales dan a "
                "conocer el proceso, proponen y redactan compromisos, contribuyen a su ejecución "
                "y supervisan sus avances.",
            ),
            T(
                "Chaque juridiction choisit un organe de suivi indépendant, de confiance, qui "
                "évalue le processus de co-création, chaque engagement achevé et conduit "
                "l’exercice d’apprentissage final, avec les conseils du MEI. L’Unité de soutien "
                "du PGO offre un programme d’orientation en ligne, du mentorat, des cercles "
                "d’apprentissage thématiques, des outils de connaissance et des « heures de "
                "bureau ».",
                "Each jurisdiction chooses a trusted, independent monitoring body that assesses "
                "the co-creation process and each completed commitment and leads the final "
                "learning exercise, with guidance from the IRM. The OGP Support Unit offers an "
                "online orientation programme, mentoring, thematic learning circles, knowledge "
                "tools and “office hours”.",
                "Cada jurisdicción elige un órgano de seguimiento independiente y de confianza "
                "que evalúa el proceso de co-creación y cada compromiso finalizado, y dirige el "
                "ejercicio de aprendizaje final, con la orientación del MRI. La Unidad de Apoyo "
                "de la AGA ofrece un programa de orientación en línea, mentoría, círculos de "
                "aprendizaje temáticos, herramientas de conocimiento y «horas de oficina».",
            ),
        ],
    },
    {
        "key": "ogp-local-action-plans",
        "title": T(
            "Le cycle du plan d’action local",
            "The local action plan cycle",
            "El ciclo del plan de acción local",
        ),
        "intro": T(
            "Vision stratégique, engagements, co-création, suivi, site web et éléments de preuve "
            "des membres du PGO local.",
            "Strategic vision, commitments, co-creation, monitoring, website and evidence for "
            "OGP Local members.",
            "Visión estratégica, compromisos, co-creación, seguimiento, sitio web y pruebas de "
            "los miembros de AGA Local.",
        ),
        "body": [
            T(
                "Le plan d’action local s’aligne sur le mandat du gouvernement en place et doit "
                "se terminer au moins deux mois avant sa fin. Il comprend une vision stratégique "
                "pour un gouvernement local ouvert, co-élaborée avec les citoyens et la société "
                "civile, et jusqu’à cinq engagements à la fois (jusqu’à 12 pour un plan conjoint "
                "de plusieurs juridictions). Lorsqu’un engagement est achevé et évalué, un "
                "nouveau peut être co-créé.",
                "The local action plan is aligned with the term of the government in office and "
                "must end at least two months before it expires. It includes a strategic vision "
                "for open local government, developed together with citizens and civil society, "
                "and up to five commitments at any one time (up to 12 for a joint plan of several "
                "jurisdictions). When a commitment is completed and assessed, a new one can be "
                "co-created.",
                "El plan de acción local se ajusta al mandato del gobierno en funciones y debe "
                "terminar al menos dos meses antes de su fin. Incluye una visión estratégica para "
                "un gobierno local abierto, elaborada junto con la ciudadanía y la sociedad "
                "civil, y hasta cinco compromisos a la vez (hasta 12 en un plan conjunto de "
                "varias jurisdicciones). Cuando un compromiso se completa y evalúa, puede "
                "co-crearse uno nuevo.",
            ),
            T(
                "Chaque engagement identifie le problème à résoudre, le résultat attendu, les "
                "jalons et leurs dates, les ressources et les responsables. Il doit être "
                "pertinent au regard des valeurs du PGO (transparence, redevabilité, "
                "participation et inclusion, technologie et innovation), spécifique, "
                "vérifiable, assorti de responsables clairement désignés et limité dans le temps, "
                "avec une durée minimale d’une année civile.",
                "Each commitment identifies the problem to be solved, the expected result, the "
                "milestones and their dates, resources and those responsible. It must be "
                "relevant to OGP values (transparency, accountability, participation and "
                "inclusion, technology and innovation), specific, verifiable, with clearly "
                "assigned responsibilities and time-bound, lasting at least one calendar year.",
                "Cada compromiso identifica el problema que se quiere resolver, el resultado "
                "esperado, los hitos y sus fechas, los recursos y los responsables. Debe ser "
                "pertinente respecto de los valores de la AGA (transparencia, rendición de "
                "cuentas, participación e inclusión, tecnología e innovación), específico, "
                "verificable, con responsables claramente designados y limitado en el tiempo, con "
                "una duración mínima de un año natural.",
            ),
            T(
                "La co-création doit respecter quatre exigences minimales : un forum de "
                "participation, au moins une réunion avec la société civile pendant la "
                "co-création et deux par an pendant la mise en œuvre, la présence d’acteurs "
                "gouvernementaux et non gouvernementaux, et l’approbation du plan final par les "
                "parties prenantes non gouvernementales. Toute modification d’un engagement "
                "doit être concertée avec elles et documentée.",
                "Co-creation must meet four minimum requirements: a participation forum, at least "
                "one meeting with civil society during co-creation and two a year during "
                "implementation, the presence of government and non-government actors, and "
                "endorsement of the final plan by non-governmental stakeholders. Any change to a "
                "commitment must be agreed with them and documented.",
                "La co-creación debe cumplir cuatro requisitos mínimos: un foro de participación, "
                "al menos una reunión con la sociedad civil durante la co-creación y dos al año "
                "durante la ejecución, la presencia de actores gubernamentales y no "
                "gubernamentales, y la aprobación del plan final por las partes interesadas no "
                "gubernamentales. Todo cambio en un compromiso debe acordarse con ellas y "
                "documentarse.",
            ),
            T(
                "L’organe de suivi rédige une évaluation initiale dans les deux mois suivant la "
                "soumission du plan, une évaluation de fin d’engagement un mois après "
                "l’achèvement de chaque engagement et un exercice d’apprentissage final deux mois "
                "après la fin du plan. Le point de contact publie chaque trimestre l’avancement "
                "des engagements dans un outil de suivi en ligne ; sans progrès ni mise à jour "
                "pendant deux trimestres consécutifs, le membre est déclaré inactif.",
                "The monitoring body writes an initial assessment within two months of the plan’s "
                "submission, an end-of-commitment assessment one month after each commitment is "
                "completed and a final learning exercise two months after the plan ends. The "
                "point of contact publishes progress on commitments every quarter in an online "
                "tracking tool; with no progress or update for two consecutive quarters, the "
                "member is declared inactive.",
                "El órgano de seguimiento redacta una evaluación inicial en los dos meses "
                "siguientes a la presentación del plan, una evaluación de fin de compromiso un "
                "mes después de completarse cada compromiso y un ejercicio de aprendizaje final "
                "dos meses después de que termine el plan. El punto de contacto publica cada "
                "trimestre los avances de los compromisos en una herramienta de seguimiento en "
                "línea; sin avances ni actualizaciones durante dos trimestres consecutivos, el "
                "miembro se declara inactivo.",
            ),
            T(
                "Il est recommandé de tenir un site web du PGO local, visible et consultable, "
                "présentant le point de contact, le calendrier de co-création et les occasions "
                "de participer, des mises à jour régulières sur l’élaboration du plan et sur "
                "l’avancement des jalons, avec les raisons des retards et les prochaines étapes, "
                "ainsi qu’une fonction permettant au public de commenter. Un référentiel "
                "rassemble, au moins par engagement, les éléments de preuve, mis à jour au moins "
                "une fois par mois et datés.",
                "A visible, searchable OGP Local website is recommended, presenting the point of "
                "contact, the co-creation timeline and opportunities to take part, regular "
                "updates on the plan’s development and on progress against milestones, with "
                "reasons for delays and next steps, and a feature allowing the public to comment. "
                "A repository gathers the evidence, at least one folder per commitment, updated "
                "at least monthly and dated.",
                "Se recomienda mantener un sitio web de AGA Local, visible y consultable, que "
                "presente el punto de contacto, el calendario de co-creación y las oportunidades "
                "de participar, actualizaciones periódicas sobre la elaboración del plan y el "
                "avance de los hitos, con las razones de los retrasos y los próximos pasos, y una "
                "función que permita al público comentar. Un repositorio reúne las pruebas, al "
                "menos una carpeta por compromiso, actualizado como mínimo una vez al mes y "
                "fechado.",
            ),
            T(
                "Une preuve est « un fait disponible qui justifie une déclaration ou une "
                "proposition, prouvant qu’elle est vraie ou valide » : une source primaire ou un "
                "lien direct vers une information objective, et non une simple allégation. Par "
                "exemple : invitations et ordres du jour des consultations, listes de "
                "participants, propositions écrites de la société civile, projets de loi, "
                "arrêtés, décisions budgétaires, rapports d’audit, rapports parallèles des OSC, "
                "photos et vidéos, statistiques d’usage.",
                "Evidence is “an available fact that supports a statement or proposition, proving "
                "that it is true or valid”: a primary source or a direct link to objective "
                "information, not a mere claim. Examples include invitations and agendas of "
                "consultations, participant lists, written proposals from civil society, draft "
                "laws, administrative orders, budget decisions, audit reports, CSO shadow "
                "reports, photos and videos, and usage statistics.",
                "Una prueba es «un hecho disponible que respalda una afirmación o propuesta, "
                "demostrando que es verdadera o válida»: una fuente primaria o un enlace directo "
                "a información objetiva, no una simple alegación. Por ejemplo: invitaciones y "
                "órdenes del día de las consultas, listas de participantes, propuestas escritas "
                "de la sociedad civil, proyectos de ley, resoluciones, decisiones "
                "presupuestarias, informes de auditoría, informes paralelos de las OSC, fotos y "
                "vídeos, y estadísticas de uso.",
            ),
        ],
    },
    {
        "key": "paris-global-summit-2016",
        "title": T(
            "Le Sommet mondial de Paris 2016",
            "The 2016 Paris Global Summit",
            "La Cumbre Mundial de París 2016",
        ),
        "intro": T(
            "Du 7 au 9 décembre 2016, Paris a accueilli le plus grand rassemblement mondial des "
            "partisans du gouvernement ouvert, sous la présidence française du PGO.",
            "From 7 to 9 December 2016, Paris hosted the world’s largest gathering of open "
            "government advocates, under France’s chairmanship of OGP.",
            "Del 7 al 9 de diciembre de 2016, París acogió la mayor reunión mundial de "
            "defensores del gobierno abierto, bajo la presidencia francesa de la AGA.",
        ),
        "body": [
            T(
                "La France a pris la présidence du PGO en octobre 2016, aux côtés de Manish Bapna, "
                "vice-président exécutif et directeur du World Resources Institute, selon le "
                "principe d’un tandem gouvernement–société civile. Jean-Vincent Placé, secrétaire "
                "d’État chargé de la Réforme de l’État et de la Simplification, représentait la "
                "France. Le pays qui préside le PGO a notamment pour mission d’organiser le "
                "Sommet mondial.",
                "France took over the chair of OGP in October 2016, alongside Manish Bapna, "
                "Executive Vice President and Managing Director of the World Resources Institute, "
                "following the principle of a government–civil society pair. Jean-Vincent Placé, "
                "Minister of State for State Reform and Simplification, represented France. The "
                "country chairing OGP is responsible for organising the Global Summit.",
                "Francia asumió la presidencia de la AGA en octubre de 2016, junto a Manish "
                "Bapna, vicepresidente ejecutivo y director general del World Resources "
                "Institute, según el principio de una dupla gobierno–sociedad civil. Jean-Vincent "
                "Placé, secretario de Estado de Reforma del Estado y Simplificación, "
                "representaba a Francia. El país que preside la AGA tiene entre sus funciones "
                "organizar la Cumbre Mundial.",
            ),
            T(
                "Le Sommet mondial réunit des représentants des gouvernements des 69 pays "
                "membres, du monde universitaire, de la société civile et d’organisations "
                "internationales pour échanger sur leurs expériences, leurs bonnes pratiques et "
                "leurs progrès. En 2016, il avait pour thème la formation de nouvelles alliances "
                "entre les gouvernements et la société civile, pour une action publique plus "
                "contributive, enrichie par la participation des citoyens.",
                "The Global Summit brings together representatives of the governments of the 69 "
                "member countries, academia, civil society and international organisations to "
                "share their experience, good practices and progress. In 2016 its theme was "
                "building new alliances between governments and civil society, for a more "
                "contributory public action enriched by citizen participation.",
                "La Cumbre Mundial reúne a representantes de los gobiernos de los 69 países "
                "miembros, del mundo académico, de la sociedad civil y de organizaciones "
                "internacionales para intercambiar experiencias, buenas prácticas y avances. En "
                "2016 tuvo como tema la creación de nuevas alianzas entre los gobiernos y la "
                "sociedad civil, para una acción pública más contributiva, enriquecida por la "
                "participación ciudadana.",
            ),
            T(
                "La France et le World Resources Institute ont souhaité une démarche prospective "
                "pour définir une vision à long terme du gouvernement ouvert et explorer le "
                "potentiel et l’impact des outils numériques sur la démocratie.",
                "France and the World Resources Institute sought a forward-looking approach to "
                "define a long-term vision of open government and explore the potential and "
                "impact of digital tools on democracy.",
                "Francia y el World Resources Institute apostaron por un enfoque prospectivo para "
                "definir una visión a largo plazo del gobierno abierto y explorar el potencial y "
                "el impacto de las herramientas digitales en la democracia.",
            ),
            T(
                "Le programme a été co-construit : jusqu’au 20 juillet 2016, tout citoyen, "
                "organisation, entreprise ou pouvoir public, en France ou à l’international, "
                "pouvait proposer une ou plusieurs sessions sur ogpsummit.org, dans l’un des "
                "quatre formats : conférence, atelier, pitch ou événement externe. Du 5 au 14 "
                "décembre, une Semaine du gouvernement ouvert a recensé les événements organisés "
                "en marge du Sommet en France et dans le monde.",
                "The programme was co-built: until 20 July 2016, any citizen, organisation, "
                "business or public authority, in France or abroad, could propose one or more "
                "sessions on ogpsummit.org, in one of four formats: conference, workshop, pitch "
                "or external event. From 5 to 14 December, an Open Government Week listed the "
                "events held alongside the Summit in France and around the world.",
                "El programa se construyó de forma colaborativa: hasta el 20 de julio de 2016, "
                "cualquier ciudadano, organización, empresa o autoridad pública, en Francia o en "
                "el extranjero, podía proponer una o varias sesiones en ogpsummit.org, en uno de "
                "cuatro formatos: conferencia, taller, pitch o evento externo. Del 5 al 14 de "
                "diciembre, una Semana del Gobierno Abierto recopiló los eventos organizados en "
                "torno a la Cumbre en Francia y en el mundo.",
            ),
            T(
                "La France avait publié en juillet 2015 son plan d’action national 2015–2017, "
                "« Pour une action publique transparente et collaborative ». Signé par le "
                "Président de la République et remis à son homologue mexicain, dont le pays "
                "présidait alors le PGO, ce document comporte 26 engagements.",
                "In July 2015 France had published its 2015–2017 national action plan, “For "
                "transparent and collaborative public action”. Signed by the President of the "
                "Republic and handed to his Mexican counterpart, whose country then chaired OGP, "
                "the plan contains 26 commitments.",
                "En julio de 2015, Francia había publicado su plan de acción nacional 2015–2017, "
                "«Por una acción pública transparente y colaborativa». Firmado por el Presidente "
                "de la República y entregado a su homólogo mexicano, cuyo país presidía entonces "
                "la AGA, el documento contiene 26 compromisos.",
            ),
            T(
                "Lors de ce Sommet, les lauréats des Prix du gouvernement ouvert 2016, consacrés "
                "à « L’impact de la transparence », devaient être récompensés : le thème mettait "
                "l’accent sur le rôle de l’information publique dans l’amélioration de la "
                "redevabilité, des services et de la prise de décision.",
                "At the Summit, the winners of the 2016 Open Government Awards, devoted to “The "
                "impact of transparency”, were to be honoured: the theme highlighted the role of "
                "public information in improving accountability, services and decision-making.",
                "Durante la Cumbre debían entregarse los Premios de Gobierno Abierto 2016, "
                "dedicados a «El impacto de la transparencia»: el tema destacaba el papel de la "
                "información pública en la mejora de la rendición de cuentas, los servicios y la "
                "toma de decisiones.",
            ),
        ],
    },
]
