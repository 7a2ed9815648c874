"""Company names in the style of each region, and the sector each name suggests.

A name is built from a sector word in the local language ("Ortopedia", "Diagnostik", "Imagerie Médicale"),
a regional adjective agreeing in gender where the language needs it, a family name or an invented brand, and
the local legal form. The sector behind the name becomes the company's first sector tag, so that a company
called "Hanseatische Bildgebung GmbH" is tagged "medical imaging".
"""

from __future__ import annotations

import random

from magia_desk.services.demo.names import POOLS

SECTORS = (
    "medical devices", "in vitro diagnostics", "medical imaging", "digital health", "orthopaedics",
    "smart plastics", "surgical instruments", "connected devices", "microsystems", "nanotechnology",
    "cardiovascular devices", "dental", "rehabilitation", "biomaterials", "contract manufacturing",
    "regulatory consulting",
)

# Sector -> (Italian, French with grammatical gender m/f/mp/fp, German, English) name words.
_SECTOR_WORDS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]] = {
    "medical devices": (("Dispositivi Medici", "Tecnologie Biomediche", "Biomedica", "Elettromedicali"),
                        (("Technologies Médicales", "fp"), ("Biomédica", "f"), ("Dispositifs Médicaux", "mp")),
                        ("Medizintechnik", "Medizinprodukte"), ("Medical", "MedTech", "Medical Devices")),
    "in vitro diagnostics": (("Diagnostica", "Laboratori Diagnostici"),
                             (("Diagnostics", "mp"), ("Biodiagnostic", "m"), ("Analyses Biomédicales", "fp")),
                             ("Diagnostik", "Labordiagnostik"), ("Diagnostics", "Dx")),
    "medical imaging": (("Imaging Medicale", "Bioimmagini", "Radiologia Sistemi"),
                        (("Imagerie Médicale", "f"), ("Radiologie", "f")),
                        ("Bildgebung", "Röntgentechnik"), ("Imaging", "Vision")),
    "digital health": (("Sanità Digitale", "Telemedicina", "Informatica Medica"),
                       (("Santé Numérique", "f"), ("Télésanté", "f")),
                       ("Gesundheits-IT", "Telemedizin"), ("Health", "Digital Health", "eHealth")),
    "orthopaedics": (("Ortopedia", "Protesi Ortopediche", "Ortesi"),
                     (("Orthopédie", "f"), ("Implants Orthopédiques", "mp"), ("Prothèses", "fp")),
                     ("Orthopädietechnik", "Endoprothetik"), ("Orthopaedics", "Ortho")),
    "smart plastics": (("Polimeri Medicali", "Plastiche Biomedicali"),
                       (("Plasturgie Médicale", "f"), ("Polymères Santé", "mp")),
                       ("Kunststofftechnik", "Medizinkunststoffe"), ("Polymers", "Plastics")),
    "surgical instruments": (("Strumenti Chirurgici", "Chirurgia"),
                             (("Instruments Chirurgicaux", "mp"), ("Chirurgie", "f")),
                             ("Chirurgietechnik", "Chirurgische Instrumente"), ("Surgical", "Instruments")),
    "cardiovascular devices": (("Cardiologia", "Dispositivi Cardiovascolari"),
                               (("Cardiologie", "f"), ("Dispositifs Cardiaques", "mp")),
                               ("Kardiotechnik", "Herztechnik"), ("Cardio", "Cardiac Systems")),
    "dental": (("Odontotecnica", "Dentale"), (("Dentaire", "m"), ("Implantologie", "f")),
               ("Dentaltechnik", "Zahntechnik"), ("Dental", "Dent")),
    "rehabilitation": (("Riabilitazione", "Ausili Medicali"), (("Rééducation", "f"), ("Orthèses", "fp")),
                       ("Rehatechnik", "Reha-Systeme"), ("Rehab", "Mobility")),
}

# Regional adjectives: Italian feminine singular is enough for the nouns above; French needs its four forms.
_IT_ADJ = ("Piemontese", "Torinese", "Subalpina", "Canavesana", "Novarese", "Alessandrina", "Cuneese", "Astigiana",
           "Biellese", "Eporediese", "Monferrina", "Valsusina", "Ossolana", "Vercellese", "Sabauda")
_FR_ADJ = (("Lyonnais", "Lyonnaise"), ("Rhodanien", "Rhodanienne"), ("Dauphinois", "Dauphinoise"),
           ("Savoyard", "Savoyarde"), ("Stéphanois", "Stéphanoise"), ("Grenoblois", "Grenobloise"),
           ("Alpin", "Alpine"), ("Clermontois", "Clermontoise"), ("Auvergnat", "Auvergnate"),
           ("Beaujolais", "Beaujolaise"), ("Forézien", "Forézienne"), ("Drômois", "Drômoise"))
_WA_ADJ = (("Mosan", "Mosane"), ("Liégeois", "Liégeoise"), ("Namurois", "Namuroise"), ("Wallon", "Wallonne"),
           ("Montois", "Montoise"), ("Brabançon", "Brabançonne"), ("Ardennais", "Ardennaise"),
           ("Condrusien", "Condrusienne"), ("Gaumais", "Gaumaise"), ("Hennuyer", "Hennuyère"))
_DE_ADJ = ("Hanseatische", "Norddeutsche", "Holsteinische", "Nordfriesische", "Kieler", "Lübecker", "Hamburger",
           "Elbe", "Ostsee", "Nordsee", "Alster", "Förde")

_BRAND_HEADS = ("Medi", "Cardio", "Neuro", "Ortho", "Osteo", "Derma", "Bio", "Vita", "Sano", "Nova", "Opti", "Endo",
                "Lumi", "Pulmo", "Gastro", "Dento", "Vaso", "Hemo", "Cyto", "Geno", "Immuno", "Oxy", "Senso", "Axo",
                "Kine", "Sono", "Radi", "Micro", "Nano", "Thera", "Quanti", "Veri", "Acu", "Cura", "Salu")
_BRAND_TAILS = ("tek", "tech", "med", "gen", "vision", "sense", "flow", "care", "lab", "scan", "dx", "logic",
                "metrix", "cell", "sys", "path", "wave", "point", "core", "line", "nova", "lis", "mind", "fit")


def brand(rng: random.Random) -> str:
    head, tail = rng.choice(_BRAND_HEADS), rng.choice(_BRAND_TAILS)
    if head[-1] == tail[0]:
        tail = tail[1:]
    return head + tail


def _fr_adj(rng: random.Random, forms: tuple[tuple[str, str], ...], gender: str) -> str:
    masc, fem = rng.choice(forms)
    if gender == "f":
        return fem
    if gender == "fp":
        return fem + "s"
    if gender == "mp" and not masc.endswith(("s", "x")):
        return masc + "s"
    return masc


def company_name(rng: random.Random, lang: str, sector: str, size: str) -> str:
    """A company name for a member of a partner cluster; `lang` is it, fr, wa (Walloon) or de."""
    words = _SECTOR_WORDS.get(sector) or _SECTOR_WORDS["medical devices"]
    it_words, fr_words, de_words, en_words = words
    roll = rng.random()
    if lang == "it":
        legal = "S.p.A." if size == "large" or (size == "medium" and rng.random() < 0.5) else rng.choice(
            ("S.r.l.", "S.r.l.", "S.r.l.", "S.r.l.s.", "S.a.s."))
        if roll < 0.35:
            return f"{rng.choice(it_words)} {rng.choice(_IT_ADJ)} {legal}"
        if roll < 0.55:
            return f"{rng.choice(POOLS['it'].surnames)} {rng.choice(en_words)} {legal}"
        if roll < 0.65:
            return f"Laboratori {rng.choice(POOLS['it'].surnames)} {legal}"
        if roll < 0.8:
            return f"{brand(rng)} Italia {legal}"
        return f"{brand(rng)} {rng.choice(en_words)} {legal}"
    if lang in ("fr", "wa"):
        adjectives = _FR_ADJ if lang == "fr" else _WA_ADJ
        if size == "large":
            legal = rng.choice(("SA", "SAS") if lang == "fr" else ("SA", "NV"))
        else:
            legal = rng.choice(("SAS", "SAS", "SA", "SARL", "SASU") if lang == "fr" else ("SA", "SRL", "SRL", "SPRL"))
        if lang == "wa" and roll < 0.25:
            # Flemish-named firms in Wallonia, with Dutch legal forms.
            dutch = "NV" if size in ("medium", "large") else rng.choice(("NV", "BV"))
            return f"{rng.choice(POOLS['nl'].surnames)} {rng.choice(en_words)} {dutch}"
        if roll < 0.45:
            noun, gender = rng.choice(fr_words)
            return f"{noun} {_fr_adj(rng, adjectives, gender)} {legal}"
        if roll < 0.6:
            return f"Laboratoires {rng.choice(POOLS['fr' if lang == 'fr' else 'wa'].surnames)} {legal}"
        if roll < 0.75:
            return f"{rng.choice(POOLS['fr' if lang == 'fr' else 'wa'].surnames)} Médical {legal}"
        return f"{brand(rng)} {rng.choice(('Santé', *en_words))} {legal}"
    # German
    legal = rng.choice(("GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)")) if size not in (
        "medium", "large") else rng.choice(("GmbH", "AG", "GmbH & Co. KG"))
    surnames = POOLS["de"].surnames
    if roll < 0.3:
        return f"{rng.choice(surnames)} {rng.choice(de_words)} {legal}"
    if roll < 0.4:
        first, second = rng.sample(surnames, 2)
        return f"{first} & {second} {rng.choice(de_words)} {legal}"
    if roll < 0.65:
        adjective = rng.choice(_DE_ADJ)
        joiner = "-" if adjective in ("Elbe", "Ostsee", "Nordsee", "Alster", "Förde") else " "
        return f"{adjective}{joiner}{rng.choice(de_words)} {legal}"
    return f"{brand(rng)} {rng.choice(en_words)} {legal}"


# ---- outside Europe ---------------------------------------------------------------------------------------------

# Chinese trade names as (characters, pinyin); business words as (characters, short code for the domain).
_ZH_BRANDS = tuple(tuple(p.split(":")) for p in (
    "康联:kanglian 瑞德:ruide 华信:huaxin 迈科:maike 安美:anmei 博远:boyuan 恒泰:hengtai 天康:tiankang 明德:mingde "
    "健安:jianan 信达:xinda 润和:runhe 锐视:ruishi 普康:pukang 永康:yongkang 嘉和:jiahe 科华:kehua 益生:yisheng "
    "万泰:wantai 中科:zhongke 东方:dongfang 世纪:shiji 新华:xinhua 华康:huakang 仁和:renhe 英特:yingte 卓越:zhuoyue "
    "凯瑞:kairui 宏达:hongda 远航:yuanhang 智康:zhikang 鑫源:xinyuan 和信:hexin 博瑞:borui 海德:haide 优视:youshi "
    "聚英:juying 联创:lianchuang 安捷:anjie 康宁:kangning 思创:sichuang 睿智:ruizhi 健行:jianxing 晨光:chenguang "
    "华瑞:huarui 百川:baichuan 致远:zhiyuan 泰和:taihe 康泽:kangze 维德:weide"
).split())
_ZH_BUSINESS = {
    "sme": (("医疗器械", "med"), ("医疗科技", "medtech"), ("生物科技", "bio"), ("医学影像", "imaging"),
            ("诊断技术", "dx"), ("健康科技", "health"), ("康复设备", "rehab"), ("精密仪器", "inst")),
    "large_company": (("医疗器械", "med"), ("医疗科技", "medtech"), ("医疗设备", "medical")),
    "distributor": (("医疗器械贸易", "trade"), ("医药供应链", "supply"), ("医疗设备销售", "sales")),
    "investor": (("健康产业投资", "capital"), ("医疗创业投资", "ventures")),
}
_ZH_SUFFIX = {"sme": "有限公司", "large_company": "股份有限公司", "distributor": "有限公司", "investor": "管理有限公司"}

_US_PLACES = ("Bay State", "Charles River", "Beacon", "Back Bay", "Commonwealth", "Harbor Point", "Minuteman",
              "Cape Ann", "Merrimack", "Berkshire", "North Star", "Twin Cities", "Prairie", "Lakeside", "Minnetonka",
              "Superior", "Mississippi", "Gopher State", "Granite", "Northfield", "Edina", "Stillwater")
_US_WORDS = {
    "sme": ("Medical", "Diagnostics", "Orthopedics", "Imaging", "Surgical", "Neurotech", "Biosensors",
            "Health Analytics", "Cardio Systems", "Therapeutics"),
    "large_company": ("Medical Technologies", "Healthcare Systems", "Surgical Corporation", "Devices Group"),
    "distributor": ("Medical Supply", "Healthcare Distribution", "Medical Products", "Clinical Supply"),
    "investor": ("Ventures", "Capital Partners", "Health Fund", "Growth Equity"),
}


def chinese_company(rng: random.Random, kind: str, city: str, city_chars: str) -> tuple[str, str]:
    """(name in characters, domain) such as ('上海康联医疗器械有限公司', 'kanglianmed.com.cn')."""
    chars, pinyin = rng.choice(_ZH_BRANDS)
    business, code = rng.choice(_ZH_BUSINESS.get(kind, _ZH_BUSINESS["sme"]))
    name = f"{city_chars}{chars}{business}{_ZH_SUFFIX.get(kind, '有限公司')}"
    domain = f"{pinyin}{code}.com.cn" if rng.random() < 0.6 else f"{city.lower()[:2]}{pinyin}.com"
    return name, domain


def us_company(rng: random.Random, kind: str) -> str:
    words = _US_WORDS.get(kind, _US_WORDS["sme"])
    legal = "" if kind == "investor" else " " + rng.choice(("Inc.", "Inc.", "LLC", "Corp."))
    if rng.random() < 0.35 and kind != "investor":
        return f"{rng.choice(POOLS['us'].surnames)} {rng.choice(words)}{legal}"
    if rng.random() < 0.3:
        return f"{brand(rng)} {rng.choice(words)}{legal}"
    return f"{rng.choice(_US_PLACES)} {rng.choice(words)}{legal}"


def european_company(rng: random.Random, kind: str, lang: str, place: str) -> str:
    """Distributors and investors outside the member lists, named in the style of their country."""
    if kind == "investor":
        styles = {"it": f"Fondo {place} Salute", "fr": f"{place} Santé Capital", "de": f"{place} Health Ventures",
                  "wa": f"{place} Capital Santé"}
        return f"{styles.get(lang, f'{place} Capital Partners')} {'I' * rng.randint(1, 3)}".strip()
    styles = {"it": f"{rng.choice(POOLS['it'].surnames)} Forniture Ospedaliere S.r.l.",
              "fr": f"{rng.choice(POOLS['fr'].surnames)} Distribution Médicale SAS",
              "de": f"{rng.choice(POOLS['de'].surnames)} Klinikbedarf GmbH",
              "wa": f"{rng.choice(POOLS['wa'].surnames)} Medical Supplies SA"}
    return styles.get(lang, f"{brand(rng)} Medical Distribution")
