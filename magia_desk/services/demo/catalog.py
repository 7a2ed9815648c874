"""Hand-written organisations of the demo: the four partner clusters, Europe's other clusters and bodies, and the
Chinese and US organisations the missions met.

These exist once whatever the scale: a partnership knows a fixed set of clusters and mission counterparts; only
companies grow with the scale. Foreign counterparts have invented names (except the Shanghai industry association
the brief names) so that no real company appears to have signed an agreement it never signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrgSpec:
    key: str
    kind: str
    name: str
    country: str
    region: str
    city: str
    domain: str
    pool: str  # name pool of its people (names.POOLS key, or "zh")
    employees: int | None = None
    turnover: float | None = None
    balance: float | None = None
    sectors: tuple[str, ...] = ()
    notes: str | None = None
    member_of: str | None = None  # partner cluster key
    themes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class PartnerSpec:
    key: str
    name: str
    country: str
    region: str
    city: str
    domain: str
    pool: str
    lang: str  # style of its members' company names (companies.company_name)
    officer: tuple[str, str, str]  # first name, last name, gender
    founded: int
    notes: str


PARTNERS: tuple[PartnerSpec, ...] = (
    PartnerSpec("biopmed", "BioPmed", "IT", "Piemonte", "Torino", "biopmed.eu", "it", "it",
                ("Giulia", "Ferrero", "female"), 2009,
                "Innovation cluster for life sciences of Piemonte (BIPCA). MAGIA coordinator."),
    PartnerSpec("biowin", "BioWin", "BE", "Wallonia", "Gosselies", "biowin.org", "wa", "wa",
                ("Céline", "Lambert", "female"), 2006, "Health cluster of Wallonia."),
    PartnerSpec("lsn", "Life Sciences Nord", "DE", "Hamburg", "Hamburg", "lifesciencenord.de", "de", "de",
                ("Jörn", "Petersen", "male"), 2004,
                "Life sciences cluster of Hamburg and Schleswig-Holstein."),
    PartnerSpec("lyonbiopole", "Lyonbiopole", "FR", "Auvergne-Rhône-Alpes", "Lyon", "lyonbiopole.com", "fr", "fr",
                ("Amélie", "Girard", "female"), 2005,
                "Health-technology competitiveness cluster of Auvergne-Rhône-Alpes."),
)

# Cluster names by language; '{r}' is the region. The theme drives who attends what (photonics clusters meet
# the Laser Go-Global partnership).
CLUSTER_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (("Cluster Scienze della Vita {r}", "life"), ("Distretto Biomedicale {r}", "medtech"),
           ("Polo d'Innovazione Salute {r}", "health"), ("Cluster Tecnologie per la Salute {r}", "medtech"),
           ("Distretto Tecnologico Fotonica {r}", "photonics")),
    "fr": (("Pôle Santé {r}", "health"), ("Cluster Technologies Médicales {r}", "medtech"),
           ("Pôle Biotechnologies {r}", "life"), ("Cluster Photonique {r}", "photonics"),
           ("Cluster e-Santé {r}", "digital")),
    "de": (("Life-Science-Cluster {r}", "life"), ("Medizintechnik-Netzwerk {r} e.V.", "medtech"),
           ("Gesundheitswirtschaft {r} e.V.", "health"), ("Photonik-Netzwerk {r}", "photonics"),
           ("Cluster Kunststofftechnik {r}", "plastics")),
    "es": (("Clúster de Salud de {r}", "health"), ("Clúster Biotecnológico de {r}", "life"),
           ("Clúster de Fotónica de {r}", "photonics")),
    "pt": (("Cluster de Saúde {r}", "health"), ("Pólo de Competitividade da Saúde {r}", "medtech")),
    "nl": (("Health Valley {r}", "health"), ("Medtech Netwerk {r}", "medtech"), ("Fotonica Cluster {r}", "photonics")),
    "pl": (("Klaster Technologii Medycznych – {r}", "medtech"),
           ("Klaster Innowacji w Ochronie Zdrowia – {r}", "health")),
    "cs": (("Klastr zdravotnických technologií – {r}", "medtech"),),
    "hu": (("{r} Egészségipari Klaszter", "health"),),
    "ro": (("Clusterul de Sănătate {r}", "health"), ("Clusterul Biomedical {r}", "medtech")),
    "en": (("{r} Life Sciences Cluster", "life"), ("{r} MedTech Cluster", "medtech"),
           ("{r} Health Technology Cluster", "health"), ("{r} Photonics Cluster", "photonics"),
           ("{r} Digital Health Cluster", "digital")),
}

# (country, region, city, cluster-name language, people's name pool, how many clusters): 122 clusters.
CLUSTER_PLACES: tuple[tuple[str, str, str, str, str, int], ...] = (
    ("IT", "Lombardia", "Milano", "it", "it", 3), ("IT", "Emilia-Romagna", "Mirandola", "it", "it", 2),
    ("IT", "Toscana", "Firenze", "it", "it", 2), ("IT", "Veneto", "Padova", "it", "it", 2),
    ("IT", "Lazio", "Roma", "it", "it", 1), ("IT", "Campania", "Napoli", "it", "it", 1),
    ("IT", "Sardegna", "Cagliari", "it", "it", 1), ("IT", "Friuli Venezia Giulia", "Trieste", "it", "it", 1),
    ("IT", "Marche", "Ancona", "it", "it", 1),
    ("FR", "Île-de-France", "Paris", "fr", "fr", 3), ("FR", "Occitanie", "Toulouse", "fr", "fr", 2),
    ("FR", "Provence-Alpes-Côte d'Azur", "Marseille", "fr", "fr", 2), ("FR", "Grand Est", "Strasbourg", "fr", "fr", 2),
    ("FR", "Hauts-de-France", "Lille", "fr", "fr", 2), ("FR", "Bretagne", "Rennes", "fr", "fr", 1),
    ("FR", "Pays de la Loire", "Nantes", "fr", "fr", 1), ("FR", "Nouvelle-Aquitaine", "Bordeaux", "fr", "fr", 2),
    ("FR", "Bourgogne-Franche-Comté", "Besançon", "fr", "fr", 1), ("FR", "Normandie", "Rouen", "fr", "fr", 1),
    ("DE", "Bayern", "München", "de", "de", 3), ("DE", "Baden-Württemberg", "Tuttlingen", "de", "de", 2),
    ("DE", "Berlin", "Berlin", "de", "de", 2), ("DE", "Nordrhein-Westfalen", "Düsseldorf", "de", "de", 2),
    ("DE", "Sachsen", "Dresden", "de", "de", 1), ("DE", "Hessen", "Frankfurt am Main", "de", "de", 1),
    ("DE", "Niedersachsen", "Hannover", "de", "de", 1), ("DE", "Mecklenburg-Vorpommern", "Rostock", "de", "de", 1),
    ("DE", "Thüringen", "Jena", "de", "de", 1), ("DE", "Rheinland-Pfalz", "Mainz", "de", "de", 1),
    ("BE", "Vlaanderen", "Gent", "nl", "nl", 2), ("BE", "Bruxelles-Capitale", "Bruxelles", "fr", "wa", 2),
    ("NL", "Noord-Brabant", "Eindhoven", "nl", "nl", 2), ("NL", "Limburg", "Maastricht", "nl", "nl", 1),
    ("NL", "Zuid-Holland", "Leiden", "nl", "nl", 1), ("NL", "Gelderland", "Nijmegen", "nl", "nl", 1),
    ("NL", "Overijssel", "Enschede", "nl", "nl", 1),
    ("ES", "Cataluña", "Barcelona", "es", "es", 2), ("ES", "Comunidad de Madrid", "Madrid", "es", "es", 2),
    ("ES", "País Vasco", "Bilbao", "es", "es", 1), ("ES", "Andalucía", "Sevilla", "es", "es", 1),
    ("ES", "Comunidad Valenciana", "València", "es", "es", 1),
    ("ES", "Galicia", "Santiago de Compostela", "es", "es", 1),
    ("PT", "Norte", "Porto", "pt", "pt", 1), ("PT", "Centro", "Coimbra", "pt", "pt", 1),
    ("PT", "Lisboa", "Lisboa", "pt", "pt", 1),
    ("AT", "Wien", "Wien", "de", "de", 1), ("AT", "Steiermark", "Graz", "de", "de", 1),
    ("AT", "Tirol", "Innsbruck", "de", "de", 1), ("AT", "Oberösterreich", "Linz", "de", "de", 1),
    ("CH", "Basel-Stadt", "Basel", "de", "de", 1), ("CH", "Vaud", "Lausanne", "fr", "fr", 1),
    ("CH", "Zürich", "Zürich", "de", "de", 1), ("CH", "Bern", "Bern", "de", "de", 1),
    ("GB", "Scotland", "Edinburgh", "en", "en", 1), ("GB", "Oxfordshire", "Oxford", "en", "en", 1),
    ("GB", "Cambridgeshire", "Cambridge", "en", "en", 1), ("GB", "Greater Manchester", "Manchester", "en", "en", 1),
    ("GB", "Wales", "Cardiff", "en", "en", 1), ("GB", "Northern Ireland", "Belfast", "en", "en", 1),
    ("IE", "Dublin", "Dublin", "en", "en", 1), ("IE", "Galway", "Galway", "en", "en", 1),
    ("NO", "Oslo", "Oslo", "en", "no", 2), ("NO", "Vestland", "Bergen", "en", "no", 1),
    ("SE", "Skåne", "Lund", "en", "sv", 1), ("SE", "Stockholm", "Stockholm", "en", "sv", 1),
    ("SE", "Västra Götaland", "Göteborg", "en", "sv", 1), ("SE", "Uppsala", "Uppsala", "en", "sv", 1),
    ("DK", "Hovedstaden", "København", "en", "da", 2), ("DK", "Syddanmark", "Odense", "en", "da", 1),
    ("FI", "Uusimaa", "Helsinki", "en", "fi", 1), ("FI", "Pirkanmaa", "Tampere", "en", "fi", 1),
    ("FI", "Pohjois-Pohjanmaa", "Oulu", "en", "fi", 1),
    ("PL", "Dolny Śląsk", "Wrocław", "pl", "pl", 1), ("PL", "Małopolska", "Kraków", "pl", "pl", 1),
    ("PL", "Mazowsze", "Warszawa", "pl", "pl", 1), ("PL", "Łódzkie", "Łódź", "pl", "pl", 1),
    ("CZ", "Jihomoravský kraj", "Brno", "cs", "cs", 1), ("CZ", "Praha", "Praha", "cs", "cs", 1),
    ("SK", "Bratislava", "Bratislava", "en", "cs", 1),
    ("HU", "Budapest", "Budapest", "hu", "hu", 1), ("HU", "Szeged", "Szeged", "hu", "hu", 1),
    ("RO", "București-Ilfov", "București", "ro", "ro", 1), ("RO", "Nord-Vest", "Cluj-Napoca", "ro", "ro", 1),
    ("RO", "Vest", "Timișoara", "ro", "ro", 1),
    ("BG", "Sofia", "Sofia", "en", "bg", 1),
    ("GR", "Attica", "Athens", "en", "el", 2), ("GR", "Central Macedonia", "Thessaloniki", "en", "el", 1),
    ("GR", "Crete", "Heraklion", "en", "el", 1),
    ("SI", "Osrednjeslovenska", "Ljubljana", "en", "hr", 1), ("HR", "Zagreb", "Zagreb", "en", "hr", 1),
    ("EE", "Harju", "Tallinn", "en", "baltic", 1), ("LV", "Rīga", "Rīga", "en", "baltic", 1),
    ("LT", "Vilnius", "Vilnius", "en", "baltic", 1), ("CY", "Nicosia", "Nicosia", "en", "el", 1),
    ("MT", "Malta", "Valletta", "en", "en", 1), ("LU", "Luxembourg", "Luxembourg", "fr", "fr", 1),
    ("IS", "Höfuðborgarsvæðið", "Reykjavík", "en", "is", 1),
)

# Research bodies, hospitals, public bodies and associations in Europe.
EUROPEAN_BODIES: tuple[OrgSpec, ...] = (
    OrgSpec("it_research", "research", "Istituto di Ingegneria Biomedica Subalpino", "IT", "Piemonte", "Torino",
            "iibs.it", "it", 140, sectors=("medical devices", "biomaterials"), member_of="biopmed"),
    OrgSpec("it_research2", "research", "Centro di Ricerca in Bioingegneria di Novara", "IT", "Piemonte", "Novara",
            "crbnovara.it", "it", 60, sectors=("in vitro diagnostics",), member_of="biopmed"),
    OrgSpec("fr_research", "research", "Institut de Recherche en Technologies Médicales de Lyon", "FR",
            "Auvergne-Rhône-Alpes", "Lyon", "irtm-lyon.fr", "fr", 210, sectors=("medical imaging",),
            member_of="lyonbiopole"),
    OrgSpec("fr_research2", "research", "Centre d'Innovation en Micro-Nanotechnologies pour la Santé", "FR",
            "Auvergne-Rhône-Alpes", "Grenoble", "cimns.fr", "fr", 180, sectors=("microsystems", "nanotechnology"),
            member_of="lyonbiopole"),
    OrgSpec("be_research", "research", "Centre Wallon de Recherche en Biomatériaux", "BE", "Wallonia", "Liège",
            "cwrb.be", "wa", 95, sectors=("biomaterials",), member_of="biowin"),
    OrgSpec("be_research2", "research", "Institut de Recherche en Imagerie Médicale de Louvain", "BE", "Wallonia",
            "Louvain-la-Neuve", "irim-louvain.be", "wa", 70, sectors=("medical imaging",), member_of="biowin"),
    OrgSpec("de_research", "research", "Hanseatisches Institut für Medizintechnik", "DE", "Hamburg", "Hamburg",
            "himt-hamburg.de", "de", 160, sectors=("medical devices",), member_of="lsn"),
    OrgSpec("de_research2", "research", "Forschungszentrum für Medizinische Bildgebung Lübeck", "DE",
            "Schleswig-Holstein", "Lübeck", "fzmb-luebeck.de", "de", 120, sectors=("medical imaging",),
            member_of="lsn"),
    OrgSpec("nl_research", "research", "Eindhoven Institute for Medical Devices", "NL", "Noord-Brabant",
            "Eindhoven", "eimd.nl", "nl", 110, sectors=("medical devices",)),
    OrgSpec("es_research", "research", "Instituto de Tecnología Sanitaria de Cataluña", "ES", "Cataluña",
            "Barcelona", "itscat.es", "es", 130, sectors=("digital health",)),
    OrgSpec("it_hospital", "hospital", "Ospedale Universitario Subalpino", "IT", "Piemonte", "Torino",
            "ospedalesubalpino.it", "it", 4200),
    OrgSpec("it_hospital2", "hospital", "Azienda Ospedaliera Maggiore del Novarese", "IT", "Piemonte", "Novara",
            "aomnovarese.it", "it", 2900),
    OrgSpec("fr_hospital", "hospital", "Centre Hospitalier Universitaire Rhône-Alpes", "FR",
            "Auvergne-Rhône-Alpes", "Lyon", "chu-rhonealpes.fr", "fr", 9800),
    OrgSpec("fr_hospital2", "hospital", "Centre Hospitalier des Alpes", "FR", "Auvergne-Rhône-Alpes", "Grenoble",
            "ch-alpes.fr", "fr", 5100),
    OrgSpec("be_hospital", "hospital", "Centre Hospitalier Universitaire de Wallonie", "BE", "Wallonia", "Liège",
            "chu-wallonie.be", "wa", 5600),
    OrgSpec("be_hospital2", "hospital", "Grand Hôpital du Pays Carolo", "BE", "Wallonia", "Charleroi",
            "ghpc.be", "wa", 3100),
    OrgSpec("de_hospital", "hospital", "Universitätsklinikum Nord", "DE", "Hamburg", "Hamburg", "uk-nord.de", "de",
            11000),
    OrgSpec("de_hospital2", "hospital", "Klinikum Kiel-Holstein", "DE", "Schleswig-Holstein", "Kiel",
            "klinikum-kiel-holstein.de", "de", 4300),
    OrgSpec("it_public", "public_body", "Agenzia Piemontese per l'Internazionalizzazione delle Imprese", "IT",
            "Piemonte", "Torino", "apii-piemonte.it", "it"),
    OrgSpec("be_public", "public_body", "Agence wallonne pour l'Export et l'Innovation", "BE", "Wallonia", "Namur",
            "awei-wallonie.be", "wa"),
    OrgSpec("de_public", "public_body", "Hamburger Agentur für Wirtschaftsförderung", "DE", "Hamburg", "Hamburg",
            "haw-hamburg-wirtschaft.de", "de"),
    OrgSpec("fr_public", "public_body", "Agence Régionale de Développement Auvergne-Rhône-Alpes", "FR",
            "Auvergne-Rhône-Alpes", "Lyon", "ard-aura.fr", "fr"),
    OrgSpec("cebr", "association", "Council of European BioRegions (CEBR)", "BE", "Bruxelles-Capitale", "Bruxelles",
            "cebr.net", "en", notes="European network of bioregions; organiser of the CEBR annual conferences."),
    OrgSpec("eu_sme_network", "association", "European Medtech SME Network", "BE", "Bruxelles-Capitale", "Bruxelles",
            "medtech-sme-network.eu", "wa"),
)

_SH, _ZZ, _BJ = ("Shanghai", "Shanghai"), ("Henan", "Zhengzhou"), ("Beijing", "Beijing")

CHINESE: tuple[OrgSpec, ...] = (
    OrgSpec("cn_smda", "association", "上海医疗器械行业协会", "CN", *_SH, "shmda.org.cn", "zh",
            notes="Shanghai Medical Device Industry Association."),
    OrgSpec("cn_zj_cluster", "cluster", "上海张江医疗器械产业集群", "CN", *_SH, "zjmedcluster.cn", "zh",
            notes="Zhangjiang medical device industry cluster."),
    OrgSpec("cn_pudong_park", "public_body", "上海浦东医疗器械产业园", "CN", *_SH, "pdmedpark.cn", "zh",
            notes="Pudong medical device industrial park: soft-landing offices for foreign SMEs."),
    OrgSpec("cn_ruikang", "distributor", "上海瑞康医疗器械贸易有限公司", "CN", *_SH, "ruikangmed.com.cn", "zh", 160,
            38.0, 21.0, ("medical devices",)),
    OrgSpec("cn_maide", "sme", "上海迈德医学影像科技有限公司", "CN", *_SH, "maideimaging.com", "zh", 85, 9.5, 7.2,
            ("medical imaging",), "Chinese imaging SME looking for European technology partners."),
    OrgSpec("cn_hd_fund", "investor", "华东医疗健康投资基金", "CN", *_SH, "hdhealthfund.com", "zh",
            notes="East China medical and health investment fund."),
    OrgSpec("cn_dongfang_hospital", "hospital", "上海东方康复医院", "CN", *_SH, "dfkfyy.cn", "zh", 1800),
    OrgSpec("cn_zhongou", "other", "中欧医疗器械注册咨询有限公司", "CN", *_SH, "zoregulatory.com", "zh", 24, 1.8, 0.9,
            ("regulatory consulting",), "EU-China medical device registration consultancy (NMPA)."),
    OrgSpec("cn_liankang", "large_company", "上海联康医疗科技股份有限公司", "CN", *_SH, "liankangmed.com", "zh", 2300,
            410.0, 520.0, ("medical devices", "medical imaging")),
    OrgSpec("cn_hnmda", "association", "河南省医疗器械行业协会", "CN", *_ZZ, "hnmda.org.cn", "zh",
            notes="Henan medical device industry association."),
    OrgSpec("cn_zz_cluster", "cluster", "郑州高新区生物医药产业集群", "CN", *_ZZ, "zzbiocluster.cn", "zh",
            notes="Biomedical industry cluster of the Zhengzhou high-tech zone."),
    OrgSpec("cn_zz_hospital", "hospital", "郑州中原医学中心", "CN", *_ZZ, "zyyxzx.cn", "zh", 6500),
    OrgSpec("cn_antai", "distributor", "河南安泰医疗器械有限公司", "CN", *_ZZ, "antaimed.com.cn", "zh", 120, 26.0,
            14.0, ("medical devices",)),
    OrgSpec("cn_zz_promotion", "public_body", "郑州市国际医疗合作促进中心", "CN", *_ZZ, "zzimcc.cn", "zh",
            notes="Zhengzhou international medical cooperation promotion centre; co-organiser of the forum."),
    OrgSpec("cn_zy_invest", "investor", "中原健康产业投资有限公司", "CN", *_ZZ, "zyhealthinvest.com", "zh"),
    OrgSpec("cn_kangda", "sme", "郑州康达生物科技有限公司", "CN", *_ZZ, "kangdabio.com.cn", "zh", 45, 4.1, 3.3,
            ("in vitro diagnostics",)),
    OrgSpec("cn_bj_alliance", "cluster", "北京医疗器械创新联盟", "CN", *_BJ, "bjmdia.org.cn", "zh",
            notes="Beijing medical device innovation alliance."),
    OrgSpec("cn_huaxin", "sme", "北京华信医学诊断技术有限公司", "CN", *_BJ, "huaxindx.com.cn", "zh", 60, 6.5, 4.0,
            ("in vitro diagnostics",)),
)

_BOS, _MSP = ("Massachusetts", "Boston"), ("Minnesota", "Minneapolis")

AMERICAN: tuple[OrgSpec, ...] = (
    OrgSpec("us_mmda", "cluster", "Massachusetts Medical Device Alliance", "US", *_BOS, "massmeddevice.org", "us"),
    OrgSpec("us_bsln", "cluster", "Bay State Life Sciences Network", "US", "Massachusetts", "Cambridge",
            "baystatelifesciences.org", "us"),
    OrgSpec("us_crmc", "hospital", "Charles River Academic Medical Center", "US", *_BOS, "crmc-boston.org", "us",
            7400),
    OrgSpec("us_kendall", "investor", "Kendall Square Health Ventures", "US", "Massachusetts", "Cambridge",
            "kendallhealthventures.com", "us"),
    OrgSpec("us_harbor", "distributor", "Harbor Point Medical Supply LLC", "US", "Massachusetts", "Burlington",
            "harborpointmedical.com", "us", 210, 64.0, 30.0, ("medical devices",)),
    OrgSpec("us_cbi", "sme", "Cambridge Bioimaging Inc.", "US", "Massachusetts", "Cambridge", "cambridgebioimaging.com",
            "us", 38, 7.9, 5.5, ("medical imaging", "digital health")),
    OrgSpec("us_nest", "large_company", "NorthEast Surgical Technologies Corp.", "US", "Massachusetts", "Waltham",
            "nesurgical.com", "us", 1400, 380.0, 450.0, ("surgical instruments",)),
    OrgSpec("us_longwood", "research", "Longwood Institute for Medical Engineering", "US", *_BOS, "limeboston.org",
            "us", 260),
    OrgSpec("us_mtio", "public_body", "Massachusetts Trade & Investment Office", "US", *_BOS, "ma-tio.org", "us"),
    OrgSpec("us_crc", "other", "Commonwealth Regulatory Consulting LLC", "US", *_BOS, "commonwealthregulatory.com",
            "us", 18, 3.2, 1.1, ("regulatory consulting",), "FDA regulatory consultancy (510(k), De Novo, Q-Sub)."),
    OrgSpec("us_umta", "cluster", "Upper Midwest Medical Technology Alliance", "US", *_MSP, "umtalliance.org", "us"),
    OrgSpec("us_nscd", "large_company", "North Star Cardiac Devices Inc.", "US", "Minnesota", "Plymouth",
            "northstarcardiac.com", "us", 3200, 910.0, 1250.0, ("cardiovascular devices",)),
    OrgSpec("us_tcoi", "sme", "Twin Cities Orthopedic Innovations LLC", "US", "Minnesota", "Eden Prairie",
            "tcorthoinnovations.com", "us", 22, 3.4, 2.6, ("orthopaedics",)),
    OrgSpec("us_lsmv", "investor", "Lake Street MedTech Ventures", "US", *_MSP, "lakestreetmedtech.com", "us"),
    OrgSpec("us_phd", "distributor", "Prairie Health Distribution Inc.", "US", *_MSP, "prairiehealthdist.com", "us",
            140, 52.0, 21.0, ("rehabilitation",)),
    OrgSpec("us_msp", "public_body", "Greater MSP Trade Office", "US", *_MSP, "greatermsp-trade.org", "us"),
    OrgSpec("us_granite", "sme", "Granite Biosensors Inc.", "US", "Massachusetts", "Waltham", "granitebiosensors.com",
            "us", 14, 1.6, 1.2, ("connected devices",)),
)

JOB_TITLES: dict[str, tuple[str, ...]] = {
    "sme": ("CEO", "Managing Director", "Founder & CEO", "Business Development Manager", "Head of Regulatory Affairs",
            "Export Manager", "Quality Manager", "R&D Director", "Sales Director", "CTO", "International Sales Manager",
            "Marketing Manager", "Regulatory Affairs Specialist", "COO"),
    "large_company": ("VP Business Development", "Head of Open Innovation", "Procurement Director",
                      "Regulatory Affairs Director", "Country Manager", "Head of Strategic Partnerships"),
    "cluster": ("Cluster Manager", "Director", "Internationalisation Officer", "Project Manager",
                "Head of International Affairs", "Communication Officer", "Business Developer", "Innovation Manager"),
    "research": ("Head of Technology Transfer", "Professor of Biomedical Engineering", "Research Director",
                 "Business Development Officer"),
    "hospital": ("Head of Procurement", "Chief Medical Officer", "Director of Innovation",
                 "Head of Biomedical Engineering"),
    "public_body": ("Head of Unit", "Trade Commissioner", "Policy Officer", "Investment Advisor"),
    "investor": ("Partner", "Investment Manager", "Principal", "Managing Partner"),
    "distributor": ("Purchasing Manager", "Product Manager", "Managing Director", "Sales Manager"),
    "association": ("Secretary-General", "Director", "Policy Manager", "Head of International Cooperation"),
    "other": ("Senior Consultant", "Regulatory Consultant", "Managing Partner"),
}

# Titles in the local language, (masculine, feminine), used for a share of the people of partner regions and China.
LOCAL_TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (("Amministratore Delegato", "Amministratrice Delegata"), ("Responsabile Export", "Responsabile Export"),
           ("Direttore Commerciale", "Direttrice Commerciale"), ("Responsabile Qualità", "Responsabile Qualità")),
    "fr": (("Directeur général", "Directrice générale"), ("Responsable export", "Responsable export"),
           ("Responsable affaires réglementaires", "Responsable affaires réglementaires"),
           ("Président", "Présidente")),
    "wa": (("Administrateur délégué", "Administratrice déléguée"), ("Responsable export", "Responsable export")),
    "de": (("Geschäftsführer", "Geschäftsführerin"), ("Vertriebsleiter", "Vertriebsleiterin"),
           ("Leiter Regulatory Affairs", "Leiterin Regulatory Affairs"), ("Prokurist", "Prokuristin")),
    "zh": (("总经理", "总经理"), ("副总经理", "副总经理"), ("国际业务部经理", "国际业务部经理"),
           ("销售总监", "销售总监")),
    "zh_invest": (("投资总监", "投资总监"), ("合伙人", "合伙人")),
    # Associations, clusters, public bodies and hospitals in China.
    "zh_body": (("秘书长", "秘书长"), ("国际合作部主任", "国际合作部主任"), ("副主任", "副主任"), ("处长", "处长")),
}
