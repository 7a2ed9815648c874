"""Word lists for the demo data: people's names by language, company name parts, ASCII folding for addresses.

Lists are '|'-separated strings to keep this module readable; multi-word surnames ("Van den Bossche") are
one item. Accents are deliberate: the demo must exercise sorting, search and export of real European names.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def _split(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("|") if item.strip())


@dataclass(frozen=True)
class NamePool:
    """First names by gender and surnames of one language; `languages` are what its speakers list."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[str, ...]


def _pool(male: str, female: str, surnames: str, languages: str) -> NamePool:
    return NamePool(_split(male), _split(female), _split(surnames), tuple(languages.split()))


POOLS: dict[str, NamePool] = {
    "it": _pool(
        "Marco|Luca|Andrea|Alessandro|Matteo|Davide|Stefano|Paolo|Giorgio|Federico|Niccolò|Nicolò|Simone|"
        "Riccardo|Fabrizio|Massimo|Enrico|Carlo|Pietro|Giacomo|Lorenzo|Tommaso|Gianluca|Emanuele|Michele",
        "Giulia|Chiara|Francesca|Sara|Elena|Valentina|Federica|Silvia|Martina|Alessandra|Paola|Laura|Elisa|"
        "Roberta|Ilaria|Cristina|Beatrice|Caterina|Anna|Marta|Monica|Daniela|Serena|Noemi|Ludovica",
        "Rossi|Bianchi|Ferrero|Bertolino|Gallo|Colombo|Ricci|Marino|Greco|Bruno|Conti|De Luca|Mancini|Costa|"
        "Giordano|Rizzo|Lombardi|Moretti|Barbero|Bosio|Cravero|Chiabrando|Gribaudo|Vigna|Perotti|Sacchetto|"
        "Rinaudo|Bergese|Operti|Fassino|Ghiglione|Dalmasso|Galliano|Bonino|Serra|Fontana|Caruso|Ferrari|"
        "Romano|Esposito|Pautasso|Audisio|Mondino|Giraudo|Nicolò|Fornarò|Cerutti|Ravetto|Actis|Borgogno|"
        "Quaglia|Piovano|Sciolla|Chiantore|Tosco|Vercellotti|Zanetti|D'Amico|Sanò|Mussò",
        "it en",
    ),
    "fr": _pool(
        "Stéphane|François|Jérôme|Frédéric|Benoît|Loïc|André|René|Raphaël|Mathéo|Nicolas|Julien|Thomas|"
        "Pierre|Olivier|Sébastien|Guillaume|Laurent|Cédric|Hervé|Rémi|Grégoire|Antoine|Étienne|Maxime",
        "Élodie|Hélène|Amélie|Séverine|Céline|Gaëlle|Chloé|Zoé|Noémie|Thérèse|Camille|Émilie|Aurélie|"
        "Marie|Sophie|Julie|Claire|Mathilde|Léa|Anaïs|Valérie|Isabelle|Nathalie|Bérénice|Océane",
        "Dubois|Lefèvre|Girard|Mercier|Fournier|Rousseau|Faure|Chevalier|Gauthier|Bérard|Guérin|Roussel|"
        "Perrin|Morel|Bonnet|Lacroix|Lambert|Blanc|Garnier|Brunet|Meunier|Giraud|Bouvier|Chapuis|Thévenet|"
        "Cholley|Rivière|Ménard|Béranger|Joubert|Lévêque|Delorme|Mallet|Pélissier|Vallée|Dufresne|Besson|"
        "Fabre|Benoît|Chanel|Gagnaire|Berthet|Tardy|Crépin|Poncet|Dumoulin|Vérot|Clément|Collomb|Barré",
        "fr en",
    ),
    # Wallonia is French-speaking, but many families and firms carry Flemish names; both pools are used there.
    "wa": _pool(
        "Stéphane|François|Benoît|Jean-Luc|Michaël|Grégory|Cédric|Olivier|Xavier|Nicolas|Arnaud|Quentin|"
        "Thibaut|Damien|Frédéric|Jean-Marc|Vincent|Maxime|Geoffrey|Lucas",
        "Céline|Amélie|Aurélie|Stéphanie|Nathalie|Françoise|Pascale|Sophie|Delphine|Virginie|Anne-Sophie|"
        "Émilie|Charlotte|Hélène|Géraldine|Laurence|Manon|Justine|Noémie|Coralie",
        "Dupont|Lejeune|Lambert|Renard|Collard|Jacquet|Delvaux|Leclercq|Goffin|Lemaire|Simon|Hennuy|Dethier|"
        "Marchal|Wilmotte|Dubois|Hardy|Piron|Bodart|Lecomte|Gérard|Henrard|Lhoest|Closset|Dessart|Gilson|"
        "Massart|Thiry|Noël|Remacle|Stévenart|Mathieu|Delhaye|Schmitz|Fontaine|Lefebvre|Bastin|Grégoire",
        "fr en",
    ),
    "nl": _pool(
        "Pieter|Jens|Bram|Koen|Wouter|Joris|Bart|Stijn|Tom|Dries|Jeroen|Maarten|Sander|Thijs|Wim|Jan|"
        "Frederik|Gert|Niels|Lieven",
        "Sofie|Lien|Annelies|Joke|Elke|Katrien|Griet|Inge|Eline|Lotte|Hanne|Leen|Marieke|Sanne|Evelien|Nele|"
        "Ine|Femke|Ilse|Veerle",
        "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Van den Bossche|"
        "Vermeulen|Van Damme|De Backer|Dierickx|Verhoeven|Van de Velde|De Clercq|Vandenberghe|Coppens|"
        "Hermans|Van Hoof|Desmet|Verstraete|Van Acker|Lemmens|Cuypers|Aerts|Segers|Van Gucht",
        "nl fr en",
    ),
    "de": _pool(
        "Jürgen|Jörg|Björn|Sören|Uwe|Günther|Maximilian|Hauke|Malte|Ole|Torben|Ingo|Nils|Jan|Sönke|Lars|"
        "Henning|Matthias|Stefan|Thomas|Andreas|Michael|Christian|Fabian|Lukas|Jörn|Knut|Arne",
        "Claudia|Käthe|Lena|Katharina|Anja|Birte|Frauke|Inga|Wiebke|Jana|Sabine|Susanne|Nicole|Julia|Anke|"
        "Maren|Silke|Svenja|Kerstin|Christiane|Hannah|Merle|Jördis|Tanja|Gesa",
        "Müller|Schröder|Jürgensen|Hansen|Petersen|Meyer|Schmidt|Weiß|Köhler|Krüger|Möller|Bräuer|Hoffmann|"
        "Schulz|Lüdemann|Thießen|Claußen|Böttcher|Jäger|Voß|Behrens|Carstensen|Dührsen|Fröhlich|Mertens|"
        "Hinrichs|Lorenzen|Brüggemann|Sievers|Paulsen|Jessen|Thomsen|Ehlers|Görtz|Lührs|Röhrs|Schütt|Kröger|"
        "Wöhler|Stüber|Ohlsen|Timm|Harms|Clausen|Gößling|Rühmann|Bünning|Feddersen",
        "de en",
    ),
    "es": _pool(
        "José|Javier|Álvaro|Andrés|Íñigo|Jesús|Sergio|Pablo|Rubén|Adrián",
        "María|Lucía|Inés|Sofía|Begoña|Nuria|Raquel|Marta|Ainhoa|Rocío",
        "García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ibáñez|Muñoz|Echeverría|Núñez|Ortiz|Vidal",
        "es en",
    ),
    "pt": _pool(
        "João|António|Tiago|Gonçalo|Rui|Nuno|Luís|Bruno",
        "Inês|Joana|Beatriz|Conceição|Sónia|Mariana|Leonor|Catarina",
        "Silva|Santos|Ferreira|Pereira|Gonçalves|Magalhães|Simões|Araújo|Brandão|Lourenço|Conceição",
        "pt en",
    ),
    "pl": _pool(
        "Łukasz|Paweł|Michał|Piotr|Krzysztof|Tomasz|Grzegorz|Wojciech",
        "Agnieszka|Małgorzata|Katarzyna|Joanna|Anna|Magdalena|Żaneta|Ewa",
        "Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski|Woźniak",
        "pl en",
    ),
    "cs": _pool(
        "Jiří|Petr|Tomáš|Lukáš|Ondřej|Jakub|Martin|Radek",
        "Jana|Lucie|Kateřina|Tereza|Markéta|Petra|Zuzana|Veronika",
        "Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Růžička",
        "cs en",
    ),
    "hu": _pool(
        "László|István|Gábor|Zoltán|Péter|Ádám|Balázs|Csaba",
        "Katalin|Eszter|Zsófia|Réka|Andrea|Ildikó|Júlia|Anikó",
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas",
        "hu en",
    ),
    "ro": _pool(
        "Andrei|Mihai|Ștefan|Bogdan|Răzvan|Cătălin|Vlad|Alexandru",
        "Ioana|Elena|Andreea|Mădălina|Cristina|Alexandra|Irina|Loredana",
        "Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghe|Rădulescu|Munteanu|Țurcanu",
        "ro en",
    ),
    "el": _pool(
        "Georgios|Dimitrios|Konstantinos|Nikolaos|Ioannis|Christos|Panagiotis|Vasileios",
        "Maria|Eleni|Aikaterini|Sofia|Despoina|Georgia|Anastasia|Vasiliki",
        "Papadopoulos|Georgiou|Nikolaidis|Oikonomou|Pappas|Vlachos|Karagiannis|Christodoulou|Alexiou|Lamprou",
        "el en",
    ),
    "sv": _pool(
        "Erik|Lars|Anders|Johan|Mikael|Björn|Håkan|Göran",
        "Anna|Karin|Sofia|Åsa|Ingrid|Linnéa|Maja|Elin",
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Lindqvist|Bergström|Sjöberg|Åkesson|Löfgren",
        "sv en",
    ),
    "da": _pool(
        "Søren|Mads|Rasmus|Jesper|Mikkel|Anders|Niels|Kasper",
        "Mette|Sofie|Line|Ida|Sanne|Trine|Camilla|Maja",
        "Jensen|Nielsen|Hansen|Pedersen|Andersen|Sørensen|Rasmussen|Jørgensen|Møller|Kjær",
        "da en",
    ),
    "no": _pool(
        "Ole|Lars|Håkon|Eirik|Bjørn|Magnus|Sindre|Øyvind",
        "Ingrid|Kari|Silje|Marte|Ragnhild|Solveig|Åse|Tone",
        "Hansen|Johansen|Olsen|Larsen|Andersen|Berg|Haugen|Solberg|Bakke|Økland",
        "no en",
    ),
    "fi": _pool(
        "Mikko|Jukka|Antti|Juha|Matti|Timo|Ville|Sami",
        "Anna|Liisa|Päivi|Sari|Johanna|Elina|Minna|Riikka",
        "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen",
        "fi en",
    ),
    "en": _pool(
        "James|Oliver|Thomas|William|Daniel|Matthew|Andrew|Rory|Ciarán|Callum",
        "Emma|Sarah|Charlotte|Rebecca|Hannah|Aoife|Siobhán|Fiona|Eleanor|Catherine",
        "Smith|Jones|Taylor|Brown|Wilson|Evans|Thomson|O'Brien|Murphy|Walsh|Campbell|MacDonald|Hughes",
        "en",
    ),
    "hr": _pool(
        "Ivan|Marko|Luka|Tomislav|Matej|Žiga|Jure|Andrej",
        "Ana|Ivana|Petra|Maja|Katarina|Nina|Špela|Mojca",
        "Horvat|Kovačević|Babić|Novak|Krajnc|Knežević|Jurić|Zupančič|Perić|Vidmar",
        "hr sl en",
    ),
    "bg": _pool(
        "Georgi|Dimitar|Ivan|Nikolay|Stefan|Hristo",
        "Maria|Elena|Desislava|Tsvetelina|Radostina|Gergana",
        "Ivanov|Petrov|Georgiev|Dimitrov|Nikolov|Todorov|Stoyanov|Kolev",
        "bg en",
    ),
    "baltic": _pool(
        "Jonas|Mantas|Andris|Jānis|Tõnu|Märt|Kristaps|Tomas",
        "Rūta|Agnė|Ieva|Līga|Kristīne|Triin|Kadri|Jurgita",
        "Kazlauskas|Petrauskas|Bērziņš|Kalniņš|Tamm|Saar|Ozoliņš|Jankauskas|Mägi|Sepp",
        "lt lv et en",
    ),
    "is": _pool(
        "Jón|Guðmundur|Sigurður|Gunnar|Ólafur|Einar",
        "Guðrún|Anna|Sigríður|Kristín|Þórunn|Helga",
        "Jónsson|Guðmundsdóttir|Sigurðsson|Ólafsdóttir|Einarsson|Þórsdóttir",
        "is en",
    ),
    "us": _pool(
        "Michael|David|John|Robert|Christopher|Brian|Kevin|Jason|Ryan|Eric|Mark|Steven|Jeffrey|Scott|Patrick",
        "Jennifer|Jessica|Amanda|Ashley|Emily|Megan|Lauren|Rachel|Stephanie|Nicole|Heather|Kimberly|Allison",
        "Johnson|Williams|Miller|Davis|Anderson|Thompson|Martinez|Robinson|Clark|Lewis|Walker|Hall|Young|"
        "King|Wright|Hill|Scott|Green|Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Sullivan|Olson|"
        "Lindgren|Peterson|Kowalczyk|O'Connor|Nguyen|Patel|Kim|Chen",
        "en",
    ),
}

# Chinese names as (characters, pinyin): people are stored in characters, e-mail addresses use pinyin.
ZH_SURNAMES: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split(":")) for pair in (  # type: ignore[misc]
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu "
        "胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 韩:han 冯:feng 邓:deng "
        "曹:cao 曾:zeng"
    ).split()
)
ZH_MALE: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split(":")) for pair in (  # type: ignore[misc]
        "伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 明:ming 超:chao 刚:gang 建华:jianhua 志强:zhiqiang "
        "晓东:xiaodong 文博:wenbo 浩然:haoran 子轩:zixuan 俊杰:junjie 国强:guoqiang 海波:haibo 宇航:yuhang"
    ).split()
)
ZH_FEMALE: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split(":")) for pair in (  # type: ignore[misc]
        "芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 秀英:xiuying 桂英:guiying 海燕:haiyan 丽华:lihua "
        "雨桐:yutong 子涵:zihan 欣怡:xinyi 晓梅:xiaomei 婷婷:tingting 佳怡:jiayi 慧敏:huimin 思琪:siqi"
    ).split()
)


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    gender: str  # domain.enums.Gender value
    ascii_first: str  # for e-mail addresses
    ascii_last: str
    languages: tuple[str, ...]


def person(rng: random.Random, pool_key: str) -> Person:
    """A plausible person of the given name pool ('zh' for Chinese)."""
    female = rng.random() < 0.46
    if pool_key == "zh":
        surname, surname_py = rng.choice(ZH_SURNAMES)
        given, given_py = rng.choice(ZH_FEMALE if female else ZH_MALE)
        return Person(given, surname, "female" if female else "male", given_py, surname_py, ("zh", "en"))
    pool = POOLS[pool_key]
    first = rng.choice(pool.female if female else pool.male)
    last = rng.choice(pool.surnames)
    lang = "de" if pool_key == "de" else ""
    return Person(first, last, "female" if female else "male", ascii_fold(first, lang), ascii_fold(last, lang),
                  pool.languages)


# German convention in addresses: Müller -> mueller (not muller).
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L", "đ": "d",
    "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "", "'": "",
})


@lru_cache(maxsize=4096)
def ascii_fold(text: str, lang: str = "") -> str:
    """'Thérèse' -> 'Therese', 'Müller' -> 'Mueller' (German) or 'Muller'."""
    if lang == "de":
        text = text.translate(_GERMAN)
    text = text.translate(_SPECIAL)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_LEGAL_WORDS = frozenset(
    "srl spa srls sas sa sarl sasu sprl sc nv bv gmbh co kg ag ug inc llc corp ltd ev "
    "di de du des la le der und the of and d l".split()
)


def domain_slug(name: str, lang: str = "") -> str:
    """A DNS label from a company name: 'Müller Medizintechnik GmbH' -> 'mueller-medizintechnik'."""
    # 'S.r.l.' and '(haftungsbeschränkt)' are legal forms, not words of the name.
    text = re.sub(r"\([^)]*\)", " ", name).replace(".", "")
    words = re.findall(r"[a-z0-9]+", ascii_fold(text, lang).lower())
    kept = [w for w in words if w not in _LEGAL_WORDS] or words or ["company"]
    slug = "".join(kept) if len(kept) <= 2 and sum(map(len, kept)) <= 14 else "-".join(kept)
    return slug[:40].strip("-")


def email_local(first: str, last: str, pattern: str) -> str:
    """The local part of a work address in one of a company's conventions."""
    f = re.sub(r"[^a-z0-9]", "", first.lower()) or "info"
    last_parts = re.sub(r"[^a-z0-9 -]", "", last.lower()).replace(" ", "").replace("-", "")
    if pattern == "f.last":
        return f"{f[0]}.{last_parts}"
    if pattern == "flast":
        return f"{f[0]}{last_parts}"
    if pattern == "first":
        return f
    return f"{f}.{last_parts}"


EMAIL_PATTERNS = ("first.last", "first.last", "first.last", "f.last", "flast", "first")
