"""Where demo organisations are, and the numbers that go with a place: phones and VAT/registration numbers.

Phone numbers are built from templates of real numbering plans (Torino 011, Hamburg 040, Lyon 04 72...) so that
they pass `phonenumbers.is_valid_number`, not only the looser `is_possible_number` the domain checks; the tests
verify every template. Template syntax: '#' any digit, 'N' a digit 2-9, '[a,b,c]' one of the items.
VAT numbers carry their country's real check digits where the scheme is public and simple (IT, FR, BE, DE).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers


@dataclass(frozen=True)
class City:
    name: str
    region: str
    country: str
    phone: str  # landline template
    weight: int = 1
    vat_office: str = ""  # Italy: the provincial VAT office code of the partita IVA


def _cities(country: str, rows: str) -> tuple[City, ...]:
    """'name;region;template;weight[;office]' rows, one per line."""
    out = []
    for line in rows.strip().splitlines():
        name, region, phone, weight, *office = (part.strip() for part in line.split(";"))
        out.append(City(name, region, country, phone, int(weight), office[0] if office else ""))
    return tuple(out)


# The four partner regions, where member companies are. Weights: the regional capital dominates.
PARTNER_CITIES: dict[str, tuple[City, ...]] = {
    "IT": _cities("IT", """
        Torino;Piemonte;+39011N######;30;001
        Moncalieri;Piemonte;+39011N######;3;001
        Rivoli;Piemonte;+39011N######;2;001
        Collegno;Piemonte;+39011N######;2;001
        Grugliasco;Piemonte;+39011N######;2;001
        Settimo Torinese;Piemonte;+39011N######;2;001
        Chieri;Piemonte;+39011N######;1;001
        Ivrea;Piemonte;+390125######;3;001
        Colleretto Giacosa;Piemonte;+390125######;4;001
        Pinerolo;Piemonte;+390121######;1;001
        Novara;Piemonte;+390321######;4;003
        Alessandria;Piemonte;+390131######;3;006
        Cuneo;Piemonte;+390171######;3;004
        Alba;Piemonte;+390173######;1;004
        Asti;Piemonte;+390141######;2;005
        Biella;Piemonte;+39015N######;2;096
        Vercelli;Piemonte;+390161######;2;002
        Verbania;Piemonte;+390323######;1;103
    """),
    "BE": _cities("BE", """
        Gosselies;Wallonia;+3271N#####;6
        Charleroi;Wallonia;+3271N#####;5
        Liège;Wallonia;+324[2,3]######;10
        Seraing;Wallonia;+324[2,3]######;3
        Namur;Wallonia;+3281N#####;6
        Gembloux;Wallonia;+3281N#####;2
        Mons;Wallonia;+3265N#####;5
        Louvain-la-Neuve;Wallonia;+3210N#####;8
        Mont-Saint-Guibert;Wallonia;+3210N#####;4
        Wavre;Wallonia;+3210N#####;4
        Nivelles;Wallonia;+3267N#####;2
        Braine-l'Alleud;Wallonia;+322[2,3,4,5,6,7]######;2
        Tournai;Wallonia;+3269N#####;2
        Marche-en-Famenne;Wallonia;+3284N#####;2
    """),
    "DE": _cities("DE", """
        Hamburg;Hamburg;+4940N#######;30
        Norderstedt;Schleswig-Holstein;+4940N#######;3
        Reinbek;Schleswig-Holstein;+4940N#######;2
        Lübeck;Schleswig-Holstein;+49451N######;8
        Kiel;Schleswig-Holstein;+49431N######;7
        Flensburg;Schleswig-Holstein;+49461N######;2
        Neumünster;Schleswig-Holstein;+494321######;2
        Itzehoe;Schleswig-Holstein;+494821######;2
        Elmshorn;Schleswig-Holstein;+494121######;1
        Ahrensburg;Schleswig-Holstein;+494102######;2
        Wedel;Schleswig-Holstein;+494103######;1
        Pinneberg;Schleswig-Holstein;+494101######;1
        Geesthacht;Schleswig-Holstein;+494152######;1
        Borstel;Schleswig-Holstein;+494537#####;1
        Bad Segeberg;Schleswig-Holstein;+494551######;1
    """),
    "FR": _cities("FR", """
        Lyon;Auvergne-Rhône-Alpes;+334[72,78,37,26]######;30
        Villeurbanne;Auvergne-Rhône-Alpes;+334[72,78]######;5
        Vénissieux;Auvergne-Rhône-Alpes;+33472######;2
        Bron;Auvergne-Rhône-Alpes;+33472######;2
        Écully;Auvergne-Rhône-Alpes;+33478######;2
        Limonest;Auvergne-Rhône-Alpes;+33478######;2
        Marcy-l'Étoile;Auvergne-Rhône-Alpes;+33478######;2
        Grenoble;Auvergne-Rhône-Alpes;+33476######;8
        Meylan;Auvergne-Rhône-Alpes;+33476######;2
        Saint-Étienne;Auvergne-Rhône-Alpes;+33477######;5
        Clermont-Ferrand;Auvergne-Rhône-Alpes;+33473######;4
        Annecy;Auvergne-Rhône-Alpes;+33450######;3
        Chambéry;Auvergne-Rhône-Alpes;+33479######;2
        Valence;Auvergne-Rhône-Alpes;+33475######;2
        Bourg-en-Bresse;Auvergne-Rhône-Alpes;+33474######;1
    """),
    "CN": _cities("CN", """
        Shanghai;Shanghai;+8621[5,6]#######;8
        Zhengzhou;Henan;+86371[5,6]#######;5
        Beijing;Beijing;+8610[5,6,8]N######;4
        Suzhou;Jiangsu;+86512[6,8]#######;2
        Shenzhen;Guangdong;+86755[2,8]#######;3
        Hangzhou;Zhejiang;+86571[8]#######;2
    """),
    "US": _cities("US", """
        Boston;Massachusetts;+1[617,857]N######;8
        Cambridge;Massachusetts;+1617N######;4
        Waltham;Massachusetts;+1781N######;2
        Burlington;Massachusetts;+1781N######;1
        Minneapolis;Minnesota;+1612N######;6
        Saint Paul;Minnesota;+1651N######;2
        Eden Prairie;Minnesota;+1952N######;2
        Plymouth;Minnesota;+1763N######;2
    """),
}

# Landlines of the other cities where clusters are (their area codes); numbers outside the six countries above are
# checked with phonenumbers as they are made, since these templates are looser than the member regions' ones.
AREA: dict[str, str] = {
    "Milano": "+3902N#######", "Mirandola": "+390535######", "Firenze": "+39055N######", "Padova": "+39049N######",
    "Roma": "+3906N#######", "Napoli": "+39081N######", "Cagliari": "+39070N######", "Trieste": "+39040N######",
    "Ancona": "+39071N######", "Paris": "+331[4,5]#######", "Toulouse": "+335[61,62]######",
    "Marseille": "+334[91,96]######", "Strasbourg": "+33388######", "Lille": "+33320######", "Rennes": "+33299######",
    "Nantes": "+332[40,51]######", "Bordeaux": "+335[56,57]######", "Besançon": "+33381######",
    "Rouen": "+33235######", "München": "+4989N#######", "Tuttlingen": "+497461######", "Berlin": "+4930N#######",
    "Düsseldorf": "+49211N######", "Dresden": "+49351N######", "Frankfurt am Main": "+4969N#######",
    "Hannover": "+49511N######", "Rostock": "+49381N######", "Jena": "+493641######", "Mainz": "+496131######",
    "Barcelona": "+3493N######", "Madrid": "+3491N######", "Bilbao": "+3494N######", "Sevilla": "+34954######",
    "València": "+3496N######", "Santiago de Compostela": "+34981######", "Eindhoven": "+3140N######",
    "Maastricht": "+3143N######", "Leiden": "+3171N######", "Nijmegen": "+3124N######", "Enschede": "+3153N######",
    "Wien": "+431N######", "Graz": "+43316N#####", "Innsbruck": "+43512N#####", "Linz": "+43732N#####",
    "Basel": "+4161N######", "Lausanne": "+4121N######", "Zürich": "+4144N######", "Bern": "+4131N######",
    "Edinburgh": "+44131[2,3,4,5,6]######", "Oxford": "+441865N#####", "Cambridge": "+441223N#####",
    "Manchester": "+44161N######", "Cardiff": "+44292#######", "Belfast": "+44289#######",
    "Porto": "+35122N######", "Coimbra": "+351239######", "Lisboa": "+35121N######", "Lund": "+4646N######",
    "Stockholm": "+468N#######", "Göteborg": "+4631N######", "Uppsala": "+4618N######",
    "København": "+453[3,5,6,8]######", "Odense": "+4566######", "Oslo": "+472[1,2,3]######",
    "Bergen": "+475[5,6]######", "Helsinki": "+3589[2,4,6,7]######", "Tampere": "+3583[1,2,3]######",
    "Oulu": "+3588[1,5]######", "Wrocław": "+4871N######", "Kraków": "+4812N######", "Warszawa": "+4822N######",
    "Łódź": "+4842N######", "Brno": "+420541######", "Praha": "+4202N#######", "Budapest": "+361N######",
    "Szeged": "+3662N#####", "București": "+4021N######", "Cluj-Napoca": "+40264######",
    "Timișoara": "+40256######", "Athens": "+30210N######", "Thessaloniki": "+302310######",
    "Heraklion": "+302810######", "Gent": "+329[2,3]######", "Bruxelles": "+322[2,5,6,7]######",
}
_VERIFIED = frozenset(("IT", "DE", "FR", "BE", "CN", "US"))  # templates above are checked by the tests

MOBILE: dict[str, tuple[str, ...]] = {
    "IT": ("+39[320,328,329,330,333,335,338,340,345,347,348,349,366,389,392]#######",),
    "DE": ("+49[151,152,157]########", "+4917[0,1,2,3,5,6,8,9]#######", "+49160#######"),
    "FR": ("+336[0,1,2,4,5,7,8]#######", "+337[3,4,5,6,7,8,9]#######"),
    "BE": ("+324[6,7,8,9]N######",),
    "CN": ("+861[30,31,32,35,36,37,38,39,50,51,58,59,86,88,89]########",),
    "US": (),  # US mobiles share the area codes of landlines: the city template serves both
}

# Chinese company names open with the city; e-mail domains use its pinyin.
CN_CITY_CHARS = {"Shanghai": "上海", "Zhengzhou": "郑州", "Beijing": "北京", "Suzhou": "苏州", "Shenzhen": "深圳",
                 "Hangzhou": "杭州"}


def place(country: str, region: str, name: str) -> City | None:
    """A City for a place outside the member regions when its area code is known (else None: any landline)."""
    template = AREA.get(name)
    return City(name, region, country, template) if template else None


def pick_city(rng: random.Random, country: str) -> City:
    cities = PARTNER_CITIES[country]
    return rng.choices(cities, weights=[c.weight for c in cities])[0]


def city_named(country: str, name: str) -> City:
    return next(c for c in PARTNER_CITIES[country] if c.name == name)


@cache
def _compile(template: str) -> tuple[tuple[str, Any], ...]:
    """A template as parts: literal text, a run of n random digits, or a choice among items."""
    parts: list[tuple[str, Any]] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "[":
            end = template.index("]", i)
            parts.append(("choice", tuple(template[i + 1:end].split(","))))
            i = end + 1
        elif ch == "N":
            parts.append(("choice", tuple("23456789")))
            i += 1
        else:
            j = i
            while j < len(template) and (template[j] == "#") == (ch == "#") and template[j] not in "N[":
                j += 1
            parts.append(("digits", j - i) if ch == "#" else ("text", template[i:j]))
            i = j
    return tuple(parts)


def expand(rng: random.Random, template: str) -> str:
    # Runs of digits are drawn at once: this runs for every phone number of 200k contacts at scale 100.
    out = []
    for kind, value in _compile(template):
        if kind == "text":
            out.append(value)
        elif kind == "digits":
            out.append(f"{rng.randrange(10 ** value):0{value}d}")
        else:
            out.append(rng.choice(value))
    return "".join(out)


@cache
def _example(country: str, mobile: bool) -> tuple[int, str]:
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    number = phonenumbers.example_number_for_type(country, kind) or phonenumbers.example_number(country)
    if number is None or number.country_code is None:
        raise ValueError(f"phonenumbers has no example number for {country}")
    return number.country_code, phonenumbers.national_significant_number(number)


def _generic_phone(rng: random.Random, country: str, mobile: bool) -> str:
    """Other countries (few records, so validating each is cheap): vary an example number until it is valid."""
    code, example = _example(country, mobile)
    keep = 3 if mobile else 2
    for _ in range(200):
        digits = example[:keep] + "".join(str(rng.randint(0, 9)) for _ in example[keep:])
        number = phonenumbers.parse(f"+{code}{digits}", None)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == country:
            return f"+{code}{digits}"
    return f"+{code}{example}"


def phone(rng: random.Random, country: str, city: City | None = None, *, mobile: bool = False) -> str:
    """A valid E.164 number of the country: a landline of the city (any city when None), or a mobile."""
    if mobile and MOBILE.get(country):
        return expand(rng, rng.choice(MOBILE[country]))
    if city is not None and city.country == country:
        if country in _VERIFIED:
            return expand(rng, city.phone)
        for _ in range(20):
            candidate = expand(rng, city.phone)
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, None)):
                return candidate
    if country in ("CN", "US"):
        return expand(rng, pick_city(rng, country).phone)
    return _generic_phone(rng, country, mobile)


# ---- VAT and registration numbers --------------------------------------------------------------------------

def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10 ** n):0{n}d}"


def _luhn_check(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the right of the body
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return (10 - total % 10) % 10


def _italian(rng: random.Random, office: str) -> str:
    body = _digits(rng, 7) + (office or "001")
    # Partita IVA: Luhn check over the first ten digits, odd positions (1-based) taken as they are.
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return f"IT{body}{(10 - total % 10) % 10}"


def _french(rng: random.Random) -> str:
    body = str(rng.randint(3, 9)) + _digits(rng, 7)
    siren = body + str(_luhn_check(body))
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def _belgian(rng: random.Random) -> str:
    base = "0" + str(rng.randint(4, 8)) + _digits(rng, 6)
    return f"BE{base}{97 - int(base) % 97:02d}"


def _german(rng: random.Random) -> str:
    body = str(rng.randint(1, 3)) + _digits(rng, 7)
    product = 10  # ISO 7064 MOD 11,10
    for ch in body:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    check = 11 - product
    return f"DE{body}{0 if check == 10 else check}"


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CN_ADMIN = {"Shanghai": "310115", "Zhengzhou": "410100", "Beijing": "110108", "Suzhou": "320500",
             "Shenzhen": "440300", "Hangzhou": "330100"}


def _chinese(rng: random.Random, city: str) -> str:
    """Unified social credit code (GB 32100-2015), check character included."""
    body = "91" + _CN_ADMIN.get(city, "310115") + "".join(rng.choice(_USCC_CHARS) for _ in range(9))
    total = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def vat_number(rng: random.Random, country: str, city: City | None = None) -> str:
    if country == "IT":
        return _italian(rng, city.vat_office if city else "001")
    if country == "FR":
        return _french(rng)
    if country == "BE":
        return _belgian(rng)
    if country == "DE":
        return _german(rng)
    if country == "NL":
        return f"NL{_digits(rng, 9)}B01"
    if country == "ES":
        return f"ESB{_digits(rng, 8)}"
    if country == "GB":
        return f"GB{_digits(rng, 9)}"
    if country == "CH":
        d = _digits(rng, 9)
        return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]} MWST"
    if country == "AT":
        return f"ATU{_digits(rng, 8)}"
    if country == "US":
        return f"{rng.randint(10, 99)}-{_digits(rng, 7)}"  # EIN
    if country == "CN":
        return _chinese(rng, city.name if city else "Shanghai")
    return f"{'EL' if country == 'GR' else country}{_digits(rng, 9)}"
