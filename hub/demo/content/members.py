"""OGP members named in the seeds.

National members: the eight founding governments, the Open Government Awards winners and
regional champions, the flagship commitments, the working-group co-leads and peer-exchange
examples (seed 000), France (seed 004) and the countries cited in the 2023–2028 strategy
(seed 001). Local members: the 15 jurisdictions of the 2016 subnational pilot programme
(seed 000), keyed by the English slug of their name.
"""

from hub.demo.content import T


def _national(key, fr, en, es, region):
    return {
        "key": key,
        "name": T(fr, en, es),
        "kind": "national",
        "country": key.upper(),
        "region": region,
    }


def _local(key, fr, en, es, country, region):
    return {
        "key": key,
        "name": T(fr, en, es),
        "kind": "local",
        "country": country,
        "region": region,
    }


AFRICA = "africa-middle-east"
AMERICAS = "americas"
ASIA = "asia-pacific"
EUROPE = "europe"

NATIONAL_MEMBERS = [
    # Founding governments (2011)
    _national("br", "Brésil", "Brazil", "Brasil", AMERICAS),
    _national("id", "Indonésie", "Indonesia", "Indonesia", ASIA),
    _national("mx", "Mexique", "Mexico", "México", AMERICAS),
    _national("no", "Norvège", "Norway", "Noruega", EUROPE),
    _national("ph", "Philippines", "Philippines", "Filipinas", ASIA),
    _national("za", "Afrique du Sud", "South Africa", "Sudáfrica", AFRICA),
    _national("gb", "Royaume-Uni", "United Kingdom", "Reino Unido", EUROPE),
    _national("us", "États-Unis", "United States", "Estados Unidos", AMERICAS),
    # Flagship commitments
    _national("cl", "Chili", "Chile", "Chile", AMERICAS),
    _national("ua", "Ukraine", "Ukraine", "Ucrania", EUROPE),
    _national("mn", "Mongolie", "Mongolia", "Mongolia", ASIA),
    _national("it", "Italie", "Italy", "Italia", EUROPE),
    _national("py", "Paraguay", "Paraguay", "Paraguay", AMERICAS),
    _national("ie", "Irlande", "Ireland", "Irlanda", EUROPE),
    # Working-group co-leads (with Mexico, Brazil, Indonesia, United Kingdom above)
    _national("ca", "Canada", "Canada", "Canadá", AMERICAS),
    _national("ge", "Géorgie", "Georgia", "Georgia", EUROPE),
    # Open Government Awards winners (2014, 2015) and 2015 regional champions
    _national("dk", "Danemark", "Denmark", "Dinamarca", EUROPE),
    _national("me", "Monténégro", "Montenegro", "Montenegro", EUROPE),
    _national("uy", "Uruguay", "Uruguay", "Uruguay", AMERICAS),
    _national("hr", "Croatie", "Croatia", "Croacia", EUROPE),
    _national("am", "Arménie", "Armenia", "Armenia", EUROPE),
    _national("tn", "Tunisie", "Tunisia", "Túnez", AFRICA),
    # Peer exchange examples (2015)
    _national("gh", "Ghana", "Ghana", "Ghana", AFRICA),
    _national("sl", "Sierra Leone", "Sierra Leone", "Sierra Leona", AFRICA),
    _national("lr", "Liberia", "Liberia", "Liberia", AFRICA),
    _national("tz", "Tanzanie", "Tanzania", "Tanzania", AFRICA),
    _national("ar", "Argentine", "Argentina", "Argentina", AMERICAS),
    _national("co", "Colombie", "Colombia", "Colombia", AMERICAS),
    # Countries of the subnational pilot jurisdictions not listed above
    _national("pe", "Pérou", "Peru", "Perú", AMERICAS),
    _national("ke", "Kenya", "Kenya", "Kenia", AFRICA),
    _national("es", "Espagne", "Spain", "España", EUROPE),
    _national("fr", "France", "France", "Francia", EUROPE),
    _national("kr", "Corée du Sud", "South Korea", "Corea del Sur", ASIA),
    # Countries cited in the 2023–2028 strategy
    _national("ee", "Estonie", "Estonia", "Estonia", EUROPE),
    _national("ng", "Nigéria", "Nigeria", "Nigeria", AFRICA),
    _national("mk", "Macédoine du Nord", "North Macedonia", "Macedonia del Norte", EUROPE),
    _national(
        "do",
        "République dominicaine",
        "Dominican Republic",
        "República Dominicana",
        AMERICAS,
    ),
]

LOCAL_MEMBERS = [
    _local("austin", "Austin", "Austin", "Austin", "US", AMERICAS),
    _local("buenos-aires", "Buenos Aires", "Buenos Aires", "Buenos Aires", "AR", AMERICAS),
    _local(
        "jalisco",
        "État de Jalisco",
        "State of Jalisco",
        "Estado de Jalisco",
        "MX",
        AMERICAS,
    ),
    _local("la-libertad", "La Libertad", "La Libertad", "La Libertad", "PE", AMERICAS),
    _local(
        "ontario",
        "Province de l’Ontario",
        "Province of Ontario",
        "Provincia de Ontario",
        "CA",
        AMERICAS,
    ),
    _local("sao-paulo", "São Paulo", "São Paulo", "São Paulo", "BR", AMERICAS),
    _local(
        "elgeyo-marakwet",
        "Comté d’Elgeyo-Marakwet",
        "Elgeyo-Marakwet County",
        "Condado de Elgeyo-Marakwet",
        "KE",
        AFRICA,
    ),
    _local(
        "kigoma",
        "Municipalité de Kigoma",
        "Kigoma Municipality",
        "Municipio de Kigoma",
        "TZ",
        AFRICA,
    ),
    _local(
        "sekondi-takoradi",
        "Sekondi-Takoradi",
        "Sekondi-Takoradi",
        "Sekondi-Takoradi",
        "GH",
        AFRICA,
    ),
    _local("madrid", "Madrid", "Madrid", "Madrid", "ES", EUROPE),
    _local("paris", "Paris", "Paris", "París", "FR", EUROPE),
    _local("scotland", "Écosse", "Scotland", "Escocia", "GB", EUROPE),
    _local(
        "bojonegoro",
        "Kabupaten de Bojonegoro",
        "Bojonegoro Regency",
        "Regencia de Bojonegoro",
        "ID",
        ASIA,
    ),
    _local("seoul", "Séoul", "Seoul", "Seúl", "KR", ASIA),
    _local("tbilisi", "Tbilissi", "Tbilisi", "Tiflis", "GE", EUROPE),
]

MEMBERS = NATIONAL_MEMBERS + LOCAL_MEMBERS

# The eight founding governments of 2011 (seed 000: "huit gouvernements fondateurs").
FOUNDING_MEMBER_KEYS = ["br", "id", "mx", "no", "ph", "za", "gb", "us"]
