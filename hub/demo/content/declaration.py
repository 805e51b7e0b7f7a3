"""The Open Government Declaration (September 2011).

French: the full text of the "Déclaration commune pour un gouvernement ouvert" as given in
seed 000 (line breaks and typos cleaned). English: the official English text of the
Declaration. Spanish: the Spanish text of the Declaration (Declaración de Gobierno Abierto).
Long commitment paragraphs are split at sentence boundaries so that each paragraph stays
readable; the split points match across the three languages.
"""

from hub.demo.content import T

DECLARATION = {
    "title": T(
        "Déclaration commune pour un gouvernement ouvert",
        "Open Government Declaration",
        "Declaración de Gobierno Abierto",
    ),
    "intro": T(
        "Adoptée en septembre 2011 par les gouvernements fondateurs du Partenariat pour un "
        "gouvernement ouvert, la Déclaration énonce les principes auxquels chaque membre "
        "souscrit en rejoignant le PGO.",
        "Adopted in September 2011 by the founding governments of the Open Government "
        "Partnership, the Declaration sets out the principles that every member endorses when "
        "it joins OGP.",
        "Adoptada en septiembre de 2011 por los gobiernos fundadores de la Alianza para el "
        "Gobierno Abierto, la Declaración enuncia los principios que cada miembro suscribe al "
        "unirse a la AGA.",
    ),
    "preamble": [
        T(
            "Nous, membres du Partenariat pour un gouvernement ouvert, souscrivant aux principes "
            "inscrits dans la Déclaration universelle des droits de l’homme, la Convention des "
            "Nations Unies contre la corruption et autres instruments internationaux relatifs aux "
            "droits de l’homme et à une gouvernance juste :",
            "As members of the Open Government Partnership, committed to the principles "
            "enshrined in the Universal Declaration of Human Rights, the UN Convention against "
            "Corruption, and other applicable international instruments related to human rights "
            "and good governance:",
            "Como miembros de la Alianza para el Gobierno Abierto, comprometidos con los "
            "principios consagrados en la Declaración Universal de Derechos Humanos, la "
            "Convención de las Naciones Unidas contra la Corrupción y otros instrumentos "
            "internacionales aplicables relacionados con los derechos humanos y el buen "
            "gobierno:",
        ),
        T(
            "Reconnaissons que les citoyens du monde entier exigent un « gouvernement ouvert » : "
            "une action publique plus transparente et collaborative, des administrations plus à "
            "l’écoute des besoins et attentes des citoyens, plus redevables et efficaces.",
            "We acknowledge that people all around the world are demanding more openness in "
            "government. They are calling for greater civic participation in public affairs, and "
            "seeking ways to make their governments more transparent, responsive, accountable, "
            "and effective.",
            "Reconocemos que los pueblos de todo el mundo exigen una mayor apertura en el "
            "gobierno. Piden una mayor participación cívica en los asuntos públicos y buscan la "
            "forma de que sus gobiernos sean más transparentes, receptivos, responsables y "
            "eficaces.",
        ),
        T(
            "Convenons que les pays se trouvent à des stades différents dans leurs efforts de "
            "promotion du gouvernement ouvert, et que chacun d’entre nous adopte une approche en "
            "accord avec ses priorités, son contexte national et les aspirations de ses citoyens.",
            "We recognize that countries are at different stages in their efforts to promote "
            "openness in government, and that each of us pursues an approach consistent with our "
            "national priorities and circumstances and the aspirations of our citizens.",
            "Reconocemos que los países se encuentran en diferentes etapas en sus esfuerzos por "
            "promover la apertura en el gobierno, y que cada uno de nosotros sigue un enfoque "
            "coherente con nuestras prioridades y circunstancias nacionales y con las "
            "aspiraciones de nuestros ciudadanos.",
        ),
        T(
            "Souhaitons saisir cette opportunité pour renforcer la transparence, la lutte contre "
            "la corruption, le pouvoir d’agir des citoyens et l’utilisation des nouvelles "
            "technologies pour des administrations et un gouvernement plus redevables et "
            "efficaces.",
            "We accept responsibility for seizing this moment to strengthen our commitments to "
            "promote transparency, fight corruption, empower citizens, and harness the power of "
            "new technologies to make government more effective and accountable.",
            "Aceptamos la responsabilidad de aprovechar este momento para fortalecer nuestros "
            "compromisos de promover la transparencia, luchar contra la corrupción, empoderar a "
            "los ciudadanos y aprovechar el poder de las nuevas tecnologías para que el gobierno "
            "sea más eficaz y responsable.",
        ),
        T(
            "Défendons l’ouverture comme valeur essentielle de la relation entre les "
            "administrations, le gouvernement et les citoyens, pour améliorer le service public, "
            "gérer les ressources publiques, promouvoir l’innovation et créer des sociétés plus "
            "sûres. Nous adhérons aux principes du gouvernement ouvert pour une plus grande "
            "prospérité, de meilleures conditions de vie et le respect de la dignité humaine au "
            "sein de nos pays et dans un monde de plus en plus interconnecté.",
            "We uphold the value of openness in our engagement with citizens to improve "
            "services, manage public resources, promote innovation, and create safer "
            "communities. We embrace principles of transparency and open government with a view "
            "toward achieving greater prosperity, well-being, and human dignity in our own "
            "countries and in an increasingly interconnected world.",
            "Defendemos el valor de la apertura en nuestra relación con los ciudadanos para "
            "mejorar los servicios, gestionar los recursos públicos, promover la innovación y "
            "crear comunidades más seguras. Adoptamos los principios de transparencia y gobierno "
            "abierto con el fin de lograr una mayor prosperidad, bienestar y dignidad humana en "
            "nuestros propios países y en un mundo cada vez más interconectado.",
        ),
        T(
            "Ensemble, nous déclarons nous engager à :",
            "Together, we declare our commitment to:",
            "Juntos, declaramos nuestro compromiso de:",
        ),
    ],
    "sections": [
        {
            "anchor": "increase-availability-of-information",
            "heading": T(
                "Améliorer l’accès à l’information des gouvernements et administrations",
                "Increase the availability of information about governmental activities",
                "Aumentar la disponibilidad de información sobre las actividades gubernamentales",
            ),
            "paragraphs": [
                T(
                    "Les administrations recueillent et conservent des données au nom de leurs "
                    "ressortissants, et les citoyens sont en droit d’obtenir des informations sur "
                    "leurs administrations et leur gouvernement. Nous nous engageons à améliorer "
                    "l’accès des citoyens à l’information publique et à mettre à disposition "
                    "l’information de l’ensemble des administrations. Nous nous engageons à "
                    "intensifier la transparence de la dépense et des finances publiques. Nous "
                    "nous engageons à publier les données à haute valeur informative, y compris "
                    "des données brutes, au moment opportun, dans des formats qui permettent leur "
                    "géolocalisation, leur compréhension et leur libre exploitation, et qui "
                    "facilitent leur réutilisation.",
                    "Governments collect and hold information on behalf of people, and citizens "
                    "have a right to seek information about governmental activities. We commit to "
                    "promoting increased access to information and disclosure about governmental "
                    "activities at every level of government. We commit to increasing our efforts "
                    "to systematically collect and publish data on government spending and "
                    "performance for essential public services and activities. We commit to "
                    "pro-actively provide high-value information, including raw data, in a timely "
                    "manner, in formats that the public can easily locate, understand and use, "
                    "and in formats that facilitate reuse.",
                    "Los gobiernos recopilan y conservan información en nombre de las personas, y "
                    "los ciudadanos tienen derecho a solicitar información sobre las actividades "
                    "gubernamentales. Nos comprometemos a promover un mayor acceso a la "
                    "información y la divulgación de las actividades gubernamentales en todos los "
                    "niveles de gobierno. Nos comprometemos a redoblar nuestros esfuerzos para "
                    "recopilar y publicar de forma sistemática datos sobre el gasto público y el "
                    "desempeño de los servicios y actividades públicas esenciales. Nos "
                    "comprometemos a proporcionar de manera proactiva información de alto valor, "
                    "incluidos los datos brutos, de forma oportuna, en formatos que el público "
                    "pueda encontrar, comprender y utilizar fácilmente, y en formatos que "
                    "faciliten su reutilización.",
                ),
                T(
                    "Nous nous engageons à remédier efficacement à toute situation où des "
                    "informations, ou leurs archives correspondantes, seraient indûment retenues, "
                    "y compris par un contrôle du processus de recours. Nous sommes conscients de "
                    "l’importance des formats ouverts pour renforcer l’accès de la société civile "
                    "aux données publiques, ainsi que pour permettre une meilleure "
                    "interopérabilité des systèmes de données de l’administration. Pour accomplir "
                    "cette démarche, nous nous engageons à consulter les citoyens et à prendre en "
                    "compte leurs avis.",
                    "We commit to providing access to effective remedies when information or the "
                    "corresponding records are improperly withheld, including through effective "
                    "oversight of the recourse process. We recognize the importance of open "
                    "standards to promote civil society access to public data, as well as to "
                    "facilitate the interoperability of government information systems. We "
                    "commit to seeking feedback from the public to identify the information of "
                    "greatest value to them, and pledge to take such feedback into account to the "
                    "maximum extent possible.",
                    "Nos comprometemos a proporcionar acceso a recursos eficaces cuando la "
                    "información o los registros correspondientes se retengan indebidamente, "
                    "incluso mediante una supervisión eficaz del proceso de recurso. Reconocemos "
                    "la importancia de los estándares abiertos para promover el acceso de la "
                    "sociedad civil a los datos públicos, así como para facilitar la "
                    "interoperabilidad de los sistemas de información del gobierno. Nos "
                    "comprometemos a recabar la opinión del público para identificar la "
                    "información que le resulta más valiosa, y a tener en cuenta esas opiniones "
                    "en la mayor medida posible.",
                ),
            ],
        },
        {
            "anchor": "support-civic-participation",
            "heading": T(
                "Soutenir la participation civile",
                "Support civic participation",
                "Apoyar la participación ciudadana",
            ),
            "paragraphs": [
                T(
                    "Nous reconnaissons la nécessité d’une participation citoyenne équitable et "
                    "non discriminatoire dans la prise de décision publique. L’engagement "
                    "citoyen, notamment la pleine participation des femmes, améliore l’efficacité "
                    "de l’action publique, par la vigilance et l’expertise citoyenne. Nous nous "
                    "engageons à co-construire les politiques publiques avec un maximum de "
                    "transparence, et à associer les citoyens au suivi et à l’évaluation de "
                    "l’action publique.",
                    "We value public participation of all people, equally and without "
                    "discrimination, in decision making and policy formulation. Public "
                    "engagement, including the full participation of women, increases the "
                    "effectiveness of governments, which benefit from people’s knowledge, ideas "
                    "and ability to provide oversight. We commit to making policy formulation and "
                    "decision making more transparent, creating and using channels to solicit "
                    "public feedback, and deepening public participation in developing, "
                    "monitoring and evaluating government activities.",
                    "Valoramos la participación de todas las personas, en igualdad y sin "
                    "discriminación, en la toma de decisiones y la formulación de políticas. La "
                    "participación del público, incluida la plena participación de las mujeres, "
                    "aumenta la eficacia de los gobiernos, que se benefician de los "
                    "conocimientos, las ideas y la capacidad de supervisión de la ciudadanía. Nos "
                    "comprometemos a hacer más transparentes la formulación de políticas y la "
                    "toma de decisiones, a crear y utilizar canales para recabar la opinión del "
                    "público y a profundizar la participación pública en la elaboración, el "
                    "seguimiento y la evaluación de las actividades gubernamentales.",
                ),
                T(
                    "Nous nous engageons à protéger la capacité d’action des organisations non "
                    "gouvernementales et à respecter les principes de leur liberté d’expression, "
                    "d’association et d’opinion. Nous nous engageons à mettre en place des "
                    "processus de collaboration entre administrations et gouvernements, et "
                    "entreprises et organisations de la société civile.",
                    "We commit to protecting the ability of not-for-profit and civil society "
                    "organizations to operate in ways consistent with our commitment to freedom "
                    "of expression, association, and opinion. We commit to creating mechanisms to "
                    "enable greater collaboration between governments and civil society "
                    "organizations and businesses.",
                    "Nos comprometemos a proteger la capacidad de las organizaciones sin fines de "
                    "lucro y de la sociedad civil para funcionar de manera coherente con nuestro "
                    "compromiso con la libertad de expresión, de asociación y de opinión. Nos "
                    "comprometemos a crear mecanismos que permitan una mayor colaboración entre "
                    "los gobiernos y las organizaciones de la sociedad civil y las empresas.",
                ),
            ],
        },
        {
            "anchor": "implement-highest-standards-of-integrity",
            "heading": T(
                "Instaurer des normes d’intégrité professionnelle exemplaires dans nos "
                "administrations",
                "Implement the highest standards of professional integrity throughout our "
                "administrations",
                "Aplicar los más altos estándares de integridad profesional en todas nuestras "
                "administraciones",
            ),
            "paragraphs": [
                T(
                    "Une administration qui rend des comptes exige de ses fonctionnaires un haut "
                    "niveau d’éthique et des codes de conduite rigoureux. Nous nous engageons à "
                    "lutter contre la corruption en renforçant la transparence des finances et "
                    "des marchés publics. Nous nous engageons à consolider l’état de droit en "
                    "maintenant ou en établissant un cadre juridique permettant la transparence "
                    "des revenus et du patrimoine des hauts fonctionnaires.",
                    "Accountable government requires high ethical standards and codes of conduct "
                    "for public officials. We commit to having robust anti-corruption policies, "
                    "mechanisms and practices, ensuring transparency in the management of public "
                    "finances and government purchasing, and strengthening the rule of law. We "
                    "commit to maintaining or establishing a legal framework to make public "
                    "information on the income and assets of national, high ranking public "
                    "officials.",
                    "Un gobierno responsable exige altos estándares éticos y códigos de conducta "
                    "para sus funcionarios públicos. Nos comprometemos a contar con políticas, "
                    "mecanismos y prácticas sólidas contra la corrupción, que garanticen la "
                    "transparencia en la gestión de las finanzas públicas y las compras "
                    "gubernamentales, y a fortalecer el Estado de derecho. Nos comprometemos a "
                    "mantener o establecer un marco jurídico que haga pública la información "
                    "sobre los ingresos y los bienes de los altos funcionarios públicos "
                    "nacionales.",
                ),
                T(
                    "Nous nous engageons à adopter et à appliquer une réglementation protégeant "
                    "les lanceurs d’alerte. Nous nous engageons à rendre accessibles au public "
                    "les renseignements concernant les activités et l’efficacité des organismes "
                    "anti-corruption, ainsi que les processus de recours envers ces organismes, "
                    "tout en respectant la confidentialité des informations spécifiques en "
                    "matière répressive. Nous nous engageons à renforcer les moyens de dissuasion "
                    "contre toute forme de corruption publique ou privée, ainsi qu’à mutualiser "
                    "nos compétences en la matière.",
                    "We commit to enacting and implementing rules that protect whistleblowers. We "
                    "commit to making information regarding the activities and effectiveness of "
                    "our anti-corruption prevention and enforcement bodies, as well as the "
                    "procedures for recourse to such bodies, available to the public, respecting "
                    "the confidentiality of specific law enforcement information. We commit to "
                    "increasing deterrents against bribery and other forms of corruption in the "
                    "public and private sectors, and to sharing information and expertise.",
                    "Nos comprometemos a adoptar y aplicar normas que protejan a los "
                    "denunciantes. Nos comprometemos a poner a disposición del público la "
                    "información sobre las actividades y la eficacia de nuestros organismos de "
                    "prevención y sanción de la corrupción, así como sobre los procedimientos de "
                    "recurso ante dichos organismos, respetando la confidencialidad de la "
                    "información específica relativa a la aplicación de la ley. Nos comprometemos "
                    "a reforzar los elementos disuasorios contra el soborno y otras formas de "
                    "corrupción en los sectores público y privado, y a compartir información y "
                    "experiencia.",
                ),
            ],
        },
        {
            "anchor": "increase-access-to-new-technologies",
            "heading": T(
                "Améliorer l’accès aux nouvelles technologies pour une plus grande ouverture et "
                "une responsabilité accrue",
                "Increase access to new technologies for openness and accountability",
                "Aumentar el acceso a las nuevas tecnologías para la apertura y la rendición de "
                "cuentas",
            ),
            "paragraphs": [
                T(
                    "Les nouvelles technologies facilitent le partage d’information, la "
                    "participation citoyenne et la co-création de l’action publique. Nous avons "
                    "l’intention de mettre à profit ces technologies pour ouvrir les données "
                    "publiques, afin de permettre au citoyen de mieux comprendre les activités "
                    "des administrations et de participer aux décisions publiques. Nous nous "
                    "engageons à développer des plateformes numériques accessibles et sécurisées "
                    "pour promouvoir la participation citoyenne, le partage d’information et "
                    "l’échange d’idées. Nous admettons que l’accès équitable et à prix modéré à "
                    "la technologie est un défi, et nous nous engageons à améliorer l’accès aux "
                    "outils numériques, tout en identifiant et promouvant l’utilisation de "
                    "mécanismes alternatifs d’engagement civique.",
                    "New technologies offer opportunities for information sharing, public "
                    "participation, and collaboration. We intend to harness these technologies to "
                    "make more information public in ways that enable people both to understand "
                    "what their governments do and to influence decisions. We commit to "
                    "developing accessible and secure online spaces as platforms for delivering "
                    "services, engaging the public, and sharing information and ideas. We "
                    "recognize that equitable and affordable access to technology is a "
                    "challenge, and commit to seeking increased online and mobile connectivity, "
                    "while also identifying and promoting the use of other mechanisms for civic "
                    "engagement.",
                    "Las nuevas tecnologías ofrecen oportunidades para el intercambio de "
                    "información, la participación del público y la colaboración. Tenemos la "
                    "intención de aprovechar estas tecnologías para hacer pública más "
                    "información, de manera que las personas puedan entender lo que hacen sus "
                    "gobiernos e influir en las decisiones. Nos comprometemos a desarrollar "
                    "espacios en línea accesibles y seguros como plataformas para prestar "
                    "servicios, propiciar la participación del público e intercambiar "
                    "información e ideas. Reconocemos que el acceso equitativo y asequible a la "
                    "tecnología es un desafío, y nos comprometemos a buscar una mayor "
                    "conectividad en línea y móvil, identificando y promoviendo al mismo tiempo "
                    "el uso de otros mecanismos de participación cívica.",
                ),
                T(
                    "Nous nous engageons à travailler avec la société civile et le secteur privé "
                    "afin d’identifier les approches innovantes en matière de participation "
                    "citoyenne et de transparence de l’action publique. Nous avons également "
                    "conscience que l’amélioration de l’accès aux outils numériques implique de "
                    "former les citoyens et les agents publics. Nous nous engageons à appuyer et "
                    "à favoriser l’utilisation des technologies innovantes tant par les agents "
                    "publics que par la société civile. Nous soulignons que la technologie est un "
                    "complément, et non un substitut, à une information claire, utile et "
                    "utilisable.",
                    "We commit to engaging civil society and the business community to identify "
                    "effective practices and innovative approaches for leveraging new "
                    "technologies to empower people and promote transparency in government. We "
                    "also recognize that increasing access to technology entails supporting the "
                    "ability of governments and citizens to use it. We commit to supporting and "
                    "developing the use of technological innovations by government employees and "
                    "citizens alike. We also understand that technology is a complement, not a "
                    "substitute, for clear, useable, and useful information.",
                    "Nos comprometemos a colaborar con la sociedad civil y el sector empresarial "
                    "para identificar prácticas eficaces y enfoques innovadores que aprovechen "
                    "las nuevas tecnologías para empoderar a las personas y promover la "
                    "transparencia en el gobierno. También reconocemos que ampliar el acceso a la "
                    "tecnología implica apoyar la capacidad de los gobiernos y de los ciudadanos "
                    "para utilizarla. Nos comprometemos a apoyar y desarrollar el uso de "
                    "innovaciones tecnológicas tanto por parte de los empleados públicos como de "
                    "los ciudadanos. También entendemos que la tecnología es un complemento, y no "
                    "un sustituto, de una información clara, útil y utilizable.",
                ),
            ],
        },
    ],
    "closing": [
        T(
            "Nous reconnaissons que l’ouverture de l’action publique est un processus qui demande "
            "un engagement suivi et continu. Nous nous engageons à rendre compte publiquement des "
            "actions entreprises pour la réalisation de ces principes, à consulter le citoyen sur "
            "leur mise en œuvre, et à faire évoluer nos engagements au vu de nouveaux défis et de "
            "nouvelles opportunités.",
            "We acknowledge that open government is a process that requires ongoing and "
            "sustained commitment. We commit to reporting publicly on actions undertaken to "
            "realize open government principles, consulting with the public on their "
            "implementation, and updating our commitments in light of new challenges and "
            "opportunities.",
            "Reconocemos que el gobierno abierto es un proceso que requiere un compromiso "
            "permanente y sostenido. Nos comprometemos a informar públicamente sobre las "
            "acciones emprendidas para hacer realidad los principios del gobierno abierto, a "
            "consultar al público sobre su aplicación y a actualizar nuestros compromisos a la "
            "luz de nuevos desafíos y oportunidades.",
        ),
        T(
            "Nous promettons de donner l’exemple et de contribuer à faire avancer l’ouverture de "
            "l’action publique dans d’autres pays en partageant nos pratiques et notre "
            "expérience, et en honorant les engagements inscrits dans cette déclaration de "
            "manière non contraignante et volontaire. Notre but est de favoriser l’innovation et "
            "de stimuler le progrès, et non d’établir une hiérarchie entre les pays. Nous "
            "soulignons l’importance d’une approche globale dans la promotion des principes "
            "d’ouverture, et d’un appui technique au développement des capacités et des "
            "institutions.",
            "We pledge to lead by example and contribute to advancing open government in other "
            "countries by sharing best practices and expertise and by undertaking the "
            "commitments expressed in this declaration on a non-binding, voluntary basis. Our "
            "goal is to foster innovation and spur progress, and not to define standards to be "
            "used as preconditions for cooperation or assistance or to rank countries. We stress "
            "the importance to the promotion of openness of a comprehensive approach and the "
            "availability of technical assistance to support capacity- and institution-building.",
            "Nos comprometemos a predicar con el ejemplo y a contribuir al avance del gobierno "
            "abierto en otros países compartiendo buenas prácticas y conocimientos, y asumiendo "
            "los compromisos expresados en esta declaración de forma no vinculante y voluntaria. "
            "Nuestro objetivo es fomentar la innovación y estimular el progreso, y no definir "
            "normas que se utilicen como condición previa para la cooperación o la asistencia, "
            "ni clasificar a los países. Subrayamos la importancia, para la promoción de la "
            "apertura, de un enfoque integral y de la disponibilidad de asistencia técnica que "
            "apoye el fortalecimiento de capacidades e instituciones.",
        ),
        T(
            "Nous nous engageons à appliquer ces principes et à œuvrer au développement d’une "
            "culture de l’ouverture et de la collaboration pour des gouvernements transparents et "
            "responsables, au service des citoyens.",
            "We commit to espouse these principles in our international commitments, and work to "
            "foster a global culture of open government that empowers and delivers for citizens, "
            "and advances the ideals of open and participatory 21st century government.",
            "Nos comprometemos a adoptar estos principios en nuestros compromisos "
            "internacionales y a trabajar para fomentar una cultura mundial de gobierno abierto "
            "que empodere a los ciudadanos y dé resultados para ellos, y que promueva los ideales "
            "de un gobierno abierto y participativo del siglo XXI.",
        ),
    ],
}
