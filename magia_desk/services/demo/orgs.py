"""Organisations, memberships, market interests and contacts.

The member companies of the four partner clusters grow with the scale and are written in batches (bounded
memory: rows are built per batch and only the organisations later steps use are remembered). Which members
take part in actions is decided up front by index, so the number of SMEs reached is set, not left to chance.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from itertools import accumulate
from typing import Any

from magia_desk.domain.records import derive_size
from magia_desk.services.demo.catalog import (
    AMERICAN,
    CHINESE,
    CLUSTER_PLACES,
    CLUSTER_TEMPLATES,
    EUROPEAN_BODIES,
    JOB_TITLES,
    LOCAL_TITLES,
    PARTNERS,
    OrgSpec,
    PartnerSpec,
)
from magia_desk.services.demo.companies import (
    SECTORS,
    chinese_company,
    company_name,
    european_company,
    us_company,
)
from magia_desk.services.demo.context import Context, OrgRef, day_between, stamp
from magia_desk.services.demo.names import EMAIL_PATTERNS, POOLS, ascii_fold, domain_slug, email_local, person
from magia_desk.services.demo.places import (
    CN_CITY_CHARS,
    PARTNER_CITIES,
    City,
    phone,
    pick_city,
    place,
    vat_number,
)
from magia_desk.storage.models import Contact, MarketInterest, Membership, Officer, Organization

BATCH = 2000  # organisations per write: large enough for executemany, small enough to keep memory flat
MEMBERS_PER_PARTNER = 150  # SMEs per partner cluster at scale 1 (domain.md: ~600 in all)
LARGE_PER_PARTNER = 6
PROJECT_START = date(2017, 11, 1)

_PRIMARY_SECTORS = ("medical devices", "in vitro diagnostics", "medical imaging", "digital health", "orthopaedics",
                    "smart plastics", "surgical instruments", "cardiovascular devices", "dental", "rehabilitation")
_PRIMARY_WEIGHTS = tuple(accumulate((25, 15, 10, 14, 10, 6, 7, 5, 4, 4)))  # cumulative, for rng.choices
_PROFILES = ("micro", "small", "medium", "staff_only", "unknown")
_PROFILE_WEIGHTS = tuple(accumulate((34, 32, 14, 14, 6)))
_TLDS = {"IT": (".it", ".it", ".it", ".com"), "FR": (".fr", ".fr", ".com"), "BE": (".be", ".be", ".eu", ".com"),
         "DE": (".de", ".de", ".de", ".com", ".eu")}
_INFO = {"IT": "info", "FR": "contact", "BE": "info", "DE": "kontakt"}
_ORG_NOTES = (
    "Exports mainly within the EU; looking for a first distributor in the USA.",
    "Spin-off of a university hospital; first CE-marked product launched in 2017.",
    "Family business, second generation; MDR transition of the product range under way.",
    "Answered the 2018 internationalization survey; China is the priority market.",
    "Already sells in China through an agent; wants its own NMPA registration.",
    "Contract manufacturer for larger medtech groups; interested in US OEM customers.",
    "Raised a seed round in 2018; FDA 510(k) submission planned.",
    "Prefers calls in the morning; the CEO handles export personally.",
)
_THEME_SECTORS = {"life": ("life sciences",), "medtech": ("medical devices",), "health": ("health",),
                  "photonics": ("photonics", "medical devices"), "digital": ("digital health",),
                  "plastics": ("smart plastics",)}
_CONSENT_SOURCES = (
    "MAGIA survey 2018 (opt-in box)", "Event registration form", "E-mail opt-in after a webinar",
    "Cluster membership form", "Signed consent form, fact-finding mission", "Business card, verbal consent noted",
)


class Namer:
    """Unique organisation names and web domains across the whole data set (duplicates would look like records
    to merge)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def pick(self, make: Callable[[], tuple[str, str | None]], variant: Callable[[str, int], str]
             ) -> tuple[str, str | None]:
        """A (name, domain) from `make` not used yet; after 30 draws, a variant of the last one (a branch)."""
        for _ in range(30):
            name, domain = make()
            if name not in self.ctx.names:
                break
        else:
            n = 1
            base, name = name, variant(name, 1)
            while name in self.ctx.names:
                n += 1
                name = variant(base, n)
        self.ctx.names.add(name)
        return name, domain

    def name(self, make: Callable[[], str], where: str) -> str:
        def variant(base: str, n: int) -> str:
            return f"{base} – {where}" + (f" {n}" if n > 1 else "")

        return self.pick(lambda: (make(), None), variant)[0]

    def domain(self, slug: str, tld: str) -> str:
        candidate, n = slug + tld, 2
        while candidate in self.ctx.domains:
            candidate, n = f"{slug}{n}{tld}", n + 1
        self.ctx.domains.add(candidate)
        return candidate


def figures(rng: random.Random, profile: str) -> tuple[int | None, float | None, float | None]:
    """Staff, turnover and balance sheet (EUR m) typical of a size profile; 'staff_only' leaves the class
    provisional, 'unknown' leaves it empty."""
    if profile == "unknown":
        return None, None, None
    cls = profile if profile != "staff_only" else rng.choices(("micro", "small", "medium"), (45, 40, 15))[0]
    low, high = {"micro": (1, 9), "small": (10, 49), "medium": (50, 249), "large": (260, 6000)}[cls]
    employees = round(low + (high - low) * rng.random() ** 1.7)  # most firms sit near the bottom of a class
    if profile == "staff_only":
        return employees, None, None
    if cls == "large":
        turnover = employees * rng.uniform(0.12, 0.35)
        return employees, round(turnover, 1), round(turnover * rng.uniform(0.6, 1.4), 1)
    t_low, t_high = {"micro": (0.05, 1.9), "small": (0.8, 9.5), "medium": (6.0, 48.0)}[cls]
    turnover = rng.uniform(t_low, t_high)
    balance: float | None = turnover * rng.uniform(0.45, 1.05)
    if rng.random() < 0.08:  # over the turnover ceiling but within the balance-sheet one: still this class
        turnover = t_high * rng.uniform(1.05, 1.4)
        balance = t_low + (t_high - t_low) * rng.uniform(0.2, 0.8)
    elif rng.random() < 0.1:
        balance = None
    return employees, round(turnover, 2), None if balance is None else round(balance, 2)


def _certifications(rng: random.Random, sector: str, employees: int | None) -> list[str]:
    bigger = (employees or 0) >= 50
    out = []
    if rng.random() < (0.5 if sector == "digital health" else 0.78):
        out.append("CE/IVDR" if sector == "in vitro diagnostics" else "CE/MDR")
    if rng.random() < (0.85 if bigger else 0.55):
        out.append("ISO 13485")
    if rng.random() < (0.3 if bigger else 0.1):
        out.append("FDA 510(k)")
    if rng.random() < (0.14 if bigger else 0.04):
        out.append("NMPA")
    if rng.random() < 0.05:
        out.append("MDSAP")
    if rng.random() < (0.6 if sector == "smart plastics" else 0.12):
        out.append("ISO 9001")
    return out


def _sectors(rng: random.Random, primary: str) -> list[str]:
    extra = rng.sample(SECTORS, rng.choice((0, 0, 1, 1, 2)))
    return list(dict.fromkeys([primary, *extra]))


def _market_interests(ctx: Context, rng: random.Random, org_id: str, created: Any, *, large: bool
                      ) -> list[dict[str, Any]]:
    rows = []
    for market, chance in (("US", 0.55), ("CN", 0.45), ("JP", 0.04), ("BR", 0.03), ("CA", 0.04), ("AE", 0.03)):
        if rng.random() >= (0.95 if large and market in ("US", "CN") else chance):
            continue
        status = rng.choices(("interested", "exploring", "exporting", "established"),
                             (10, 15, 40, 35) if large else (35, 30, 25, 10))[0]
        needs = rng.sample(("find_distributor", "find_technology_partner", "regulatory_approval", "funding",
                            "market_intelligence", "training", "other"), rng.choice((1, 1, 2, 2, 3)))
        if market == "CN" and "regulatory_approval" not in needs and rng.random() < 0.5:
            needs.append("regulatory_approval")  # NMPA registration is the first hurdle in China
        rows.append({"id": ctx.new_id(), "organization_id": org_id, "country": market, "status": status, "needs": needs,
                     "created_at": created})
    return rows


def _title_style(kind: str, pool: str, lang: str) -> str:
    """Which local job titles fit: Chinese ones everywhere in China, European ones only in companies."""
    if pool == "zh":
        if kind == "investor":
            return "zh_invest"
        return "zh" if kind in ("sme", "large_company", "distributor", "other") else "zh_body"
    return lang if kind in ("sme", "large_company", "distributor") else ""


def contacts_for(ctx: Context, rng: random.Random, org: OrgRef, *, pool: str, lang: str, domain: str | None,
                 city: City | None, count: int, created: date, keep: bool) -> list[dict[str, Any]]:
    """`count` people of the organisation: names of its language, work addresses in one company convention,
    valid phone numbers, GDPR consent as officers really find it (often unknown)."""
    pattern = rng.choice(EMAIL_PATTERNS)
    used: set[str] = set()
    rows = []
    for i in range(count):
        who = person(rng, "nl" if pool == "wa" and rng.random() < 0.2 else pool)
        local = email_local(who.ascii_first, who.ascii_last, pattern if pattern != "first" or i == 0 else "f.last")
        while local in used:
            local += str(rng.randint(1, 9))
        used.add(local)
        email = f"{local}@{domain}" if domain and rng.random() < 0.96 else None
        female = who.gender == "female"
        local_titles = LOCAL_TITLES.get(_title_style(org.kind, pool, lang), ())
        if local_titles and rng.random() < (0.6 if pool == "zh" else 0.25):
            title = rng.choice(local_titles)[1 if female else 0]
        else:
            titles = JOB_TITLES.get(org.kind, JOB_TITLES["sme"])
            title = titles[0 if i == 0 and org.kind == "sme" and rng.random() < 0.5 else rng.randrange(len(titles))]
        mobile = rng.random() < 0.65
        roll = rng.random()  # GDPR consent: 58% given, 30% unknown, 7% refused, 5% withdrawn
        status = "given" if roll < 0.58 else "unknown" if roll < 0.88 else "refused" if roll < 0.95 else "withdrawn"
        consent_day = day_between(rng, max(created, date(2018, 5, 25)), date(2020, 3, 31))
        gender: str | None = who.gender if rng.random() < 0.9 else rng.choice((None, "undisclosed"))
        contact_id = ctx.new_id()
        rows.append({
            "id": contact_id,
            "first_name": who.first_name,
            "last_name": who.last_name,
            "organization_id": org.id,
            "job_title": title,
            "email": email,
            "phone": phone(rng, org.country, city, mobile=mobile),
            "languages": list(who.languages),
            "country": org.country,
            "city": org.city,
            "gender": gender,
            "consent_status": status,
            "consent_date": None if status == "unknown" else consent_day,
            "consent_source": rng.choice(_CONSENT_SOURCES) if status == "given" else (
                None if status == "unknown" else "Reply to the GDPR consent e-mail"),
            "notes": "Prefers to be contacted in English." if rng.random() < 0.03 else None,
            "created_at": stamp(rng, day_between(rng, created, date(2020, 4, 30))),
        })
        if keep:
            org.contacts.append(contact_id)
    return rows


def _org_row(ctx: Context, org: OrgRef, *, region: str, domain: str | None, org_phone: str | None,
             employees: int | None = None, turnover: float | None = None, balance: float | None = None,
             vat: str | None = None, sectors: Sequence[str] = (), certifications: Sequence[str] = (),
             notes: str | None = None, partner: bool = False, created: Any = None, info: str = "info"
             ) -> dict[str, Any]:
    return {
        "id": org.id, "kind": org.kind, "name": org.name, "country": org.country, "region": region,
        "city": org.city, "website": f"https://www.{domain}" if domain else None,
        "email": f"{info}@{domain}" if domain else None, "phone": org_phone, "vat_number": vat,
        "employees": employees, "turnover_meur": turnover, "balance_sheet_meur": balance,
        **derive_size(employees, turnover, balance),
        "sectors": list(sectors), "certifications": list(certifications), "notes": notes,
        "is_consortium_partner": partner, "created_at": created,
    }


def write_partners(ctx: Context) -> None:
    """The four partner clusters, their officers (one each) and their staff as contacts."""
    rng = ctx.rng("partners")
    orgs, people, officers = [], [], []
    for spec in PARTNERS:
        # Each officer is the author of their own cluster's records: their id is needed before anything is written.
        officer_id, contact_id = ctx.new_id(), ctx.new_id()
        ref = OrgRef(ctx.new_id(), spec.name, "cluster", spec.country, spec.city, partner=spec.key)
        ctx.partners[spec.key] = ref
        ctx.names.add(spec.name)
        ctx.domains.add(spec.domain)
        city = _city(spec)
        orgs.append((spec, _org_row(
            ctx, ref, region=spec.region, domain=spec.domain, org_phone=phone(rng, spec.country, city),
            vat=vat_number(rng, spec.country, city), sectors=("medical devices", "life sciences"), notes=spec.notes,
            partner=True, created=stamp(rng, PROJECT_START))))
        first, last, gender = spec.officer
        ctx.officers[spec.key] = officer_id
        ctx.officer_contacts[spec.key] = contact_id
        email = f"{email_local(ascii_fold(first, spec.pool), ascii_fold(last, spec.pool), 'first.last')}@{spec.domain}"
        officers.append((spec, {"id": officer_id, "name": f"{first} {last}", "email": email,
                                "partner_cluster_id": ref.id, "created_at": stamp(rng, PROJECT_START)}))
        people.append((spec, {
            "id": contact_id, "first_name": first, "last_name": last, "organization_id": ref.id,
            "job_title": "Internationalisation Officer", "email": email,
            "phone": phone(rng, spec.country, mobile=True), "languages": [POOLS[spec.pool].languages[0], "en"],
            "country": spec.country, "city": spec.city, "gender": gender, "consent_status": "given",
            "consent_date": date(2018, 5, 25), "consent_source": "MAGIA consortium agreement", "notes": None,
            "created_at": stamp(rng, PROJECT_START)}))
        ref.contacts.append(contact_id)
        staff = contacts_for(ctx, rng, ref, pool=spec.pool, lang=spec.lang, domain=spec.domain, city=city, count=3,
                             created=PROJECT_START, keep=True)
        people.extend((spec, row) for row in staff)
    ctx.writer.write_by_officer(Organization, ((ctx.officers[s.key], row) for s, row in orgs))
    ctx.writer.write_by_officer(Officer, ((ctx.officers[s.key], row) for s, row in officers))
    ctx.writer.write_by_officer(Contact, ((ctx.officers[s.key], row) for s, row in people))


def _city(spec: PartnerSpec | OrgSpec) -> City | None:
    return next((c for c in PARTNER_CITIES.get(spec.country, ()) if c.name == spec.city), None)


def _officer_for(ctx: Context, index: int, partner: str | None = None) -> str | None:
    """Members are recorded by their cluster's officer; everyone else by the partners in turn."""
    return ctx.officer_of(partner) if partner else ctx.officer_of(PARTNERS[index % len(PARTNERS)].key)


def write_catalogue(ctx: Context) -> None:
    """Europe's other clusters and bodies, and the Chinese and US organisations: the same at every scale."""
    rng = ctx.rng("catalogue")
    namer = Namer(ctx)
    orgs: list[tuple[str | None, dict[str, Any]]] = []
    people: list[tuple[str | None, dict[str, Any]]] = []
    members: list[tuple[str | None, dict[str, Any]]] = []
    interests: list[tuple[str | None, dict[str, Any]]] = []
    index = 0
    for country, region, city_name, lang, pool, count in CLUSTER_PLACES:
        for template, theme in rng.sample(CLUSTER_TEMPLATES[lang], count):
            name = namer.name(partial(template.format, r=region), city_name)
            ref = OrgRef(ctx.new_id(), name, "cluster", country, city_name, theme=theme,
                         weight=rng.lognormvariate(0, 0.6))
            ctx.clusters.append(ref)
            # A cluster's web address: initials of its name and its region ('Photonik-Netzwerk Thüringen' ->
            # pn-thueringen.de), as such networks usually have.
            words = re.findall(r"[A-Za-z]+", ascii_fold(template.replace("{r}", "")))
            initials = "".join(w[0] for w in words if len(w) > 2 or w[0].isupper()).lower()
            slug = f"{initials}-{domain_slug(region, lang)}"[:40]
            domain = namer.domain(slug, "." + ("eu" if rng.random() < 0.3 else country.lower().replace("gb", "uk")))
            created = day_between(rng, date(2018, 1, 15), date(2019, 11, 30))
            officer = _officer_for(ctx, index)
            index += 1
            city = place(country, region, city_name)
            orgs.append((officer, _org_row(ctx, ref, region=region, domain=domain, org_phone=phone(rng, country, city),
                                           sectors=_THEME_SECTORS[theme], created=stamp(rng, created))))
            people.extend((officer, row) for row in contacts_for(
                ctx, rng, ref, pool=pool, lang=lang, domain=domain, city=city, count=rng.randint(2, 4),
                created=created, keep=True))
    for spec in (*EUROPEAN_BODIES, *CHINESE, *AMERICAN):
        ref = OrgRef(ctx.new_id(), spec.name, spec.kind, spec.country, spec.city, partner=spec.member_of,
                     theme=spec.key)
        ctx.refs[spec.key] = ref
        ctx.names.add(spec.name)
        ctx.domains.add(spec.domain)
        city = _city(spec)
        foreign = spec.country in ("CN", "US")
        created = day_between(rng, date(2018, 9, 1), date(2019, 3, 20)) if spec.country == "US" else (
            day_between(rng, date(2019, 4, 1), date(2019, 10, 15)) if spec.country == "CN"
            else day_between(rng, PROJECT_START, date(2018, 6, 30)))
        officer = _officer_for(ctx, index, spec.member_of)
        index += 1
        orgs.append((officer, _org_row(
            ctx, ref, region=spec.region, domain=spec.domain, org_phone=phone(rng, spec.country, city),
            employees=spec.employees, turnover=spec.turnover, balance=spec.balance,
            vat=vat_number(rng, spec.country, city) if spec.kind not in ("cluster", "association") else None,
            sectors=spec.sectors, notes=spec.notes, created=stamp(rng, created))))
        people.extend((officer, row) for row in contacts_for(
            ctx, rng, ref, pool=spec.pool, lang="zh" if spec.pool == "zh" else spec.pool, domain=spec.domain,
            city=city, count=rng.randint(2, 4) if foreign else rng.randint(2, 3), created=created, keep=True))
        if spec.member_of:
            members.append((officer, {"id": ctx.new_id(), "organization_id": ref.id,
                                      "cluster_id": ctx.partners[spec.member_of].id,
                                      "since": date(rng.randint(2008, 2017), rng.randint(1, 12), 1),
                                      "created_at": stamp(rng, created)}))
        if spec.kind == "sme" and foreign:
            ctx.foreign_smes.append(ref)
            for market in rng.sample(("DE", "FR", "IT", "BE"), 2):
                interests.append((officer, {"id": ctx.new_id(), "organization_id": ref.id, "country": market,
                                            "status": rng.choice(("interested", "exploring")),
                                            "needs": ["find_distributor", "regulatory_approval"],
                                            "created_at": stamp(rng, created)}))
    ctx.writer.write_by_officer(Organization, orgs)
    ctx.writer.write_by_officer(Contact, people)
    ctx.writer.write_by_officer(Membership, members)
    ctx.writer.write_by_officer(MarketInterest, interests)


def plan_reached(ctx: Context, rng: random.Random) -> dict[str, set[int]]:
    """Which member SMEs (by index in their cluster) take part in actions: about 90% at scale 1, growing with the
    square root of the scale beyond (the actions do not multiply, their audiences grow)."""
    per_partner = MEMBERS_PER_PARTNER * ctx.scale
    total = round(len(PARTNERS) * MEMBERS_PER_PARTNER * rng.uniform(0.885, 0.925) * ctx.growth)
    shares = [rng.uniform(0.9, 1.1) for _ in PARTNERS]
    plan = {}
    for spec, share in zip(PARTNERS, shares, strict=True):
        count = min(per_partner, round(total * share / sum(shares)))
        plan[spec.key] = set(rng.sample(range(per_partner), count))
    return plan


def write_members(ctx: Context) -> None:
    """The partner clusters' member companies (~150 SMEs and a few large companies each per unit of scale)."""
    plan = plan_reached(ctx, ctx.rng("reach"))
    for spec in PARTNERS:
        rng = ctx.rng(f"members/{spec.key}")
        namer = Namer(ctx)
        officer = ctx.officer_of(spec.key)
        cluster_id = ctx.partners[spec.key].id
        reached = plan[spec.key]
        ctx.reached[spec.key], ctx.hosts[spec.key] = [], []
        smes = MEMBERS_PER_PARTNER * ctx.scale
        for start in range(0, smes + LARGE_PER_PARTNER * ctx.scale, BATCH):
            orgs, people, members, interests = [], [], [], []
            for index in range(start, min(start + BATCH, smes + LARGE_PER_PARTNER * ctx.scale)):
                kind = "sme" if index < smes else "large_company"
                city = pick_city(rng, spec.country)
                profile = "large" if kind == "large_company" else rng.choices(
                    _PROFILES, cum_weights=_PROFILE_WEIGHTS)[0]
                employees, turnover, balance = figures(rng, profile)
                sector = rng.choices(_PRIMARY_SECTORS, cum_weights=_PRIMARY_WEIGHTS)[0]
                size = "large" if profile == "large" else ("medium" if (employees or 0) >= 50 else "small")
                name = namer.name(partial(company_name, rng, spec.lang, sector, size), city.name)
                domain = namer.domain(domain_slug(name, "de" if spec.lang == "de" else ""),
                                      rng.choice(_TLDS[spec.country])) if rng.random() < 0.95 else None
                ref = OrgRef(ctx.new_id(), name, kind, spec.country, city.name, partner=spec.key,
                             weight=rng.lognormvariate(0, 0.8))
                keep = kind == "sme" and index in reached
                if keep:
                    ctx.reached[spec.key].append(ref)
                elif kind == "sme" and len(ctx.hosts[spec.key]) < 4:
                    ctx.hosts[spec.key].append(ref)
                    keep = True
                # Most members were mapped in the project's first months; the rest joined later.
                mapped_by = date(2018, 4, 30) if rng.random() < 0.8 else date(2019, 9, 30)
                created = day_between(rng, PROJECT_START, mapped_by)
                at = stamp(rng, created)
                orgs.append(_org_row(
                    ctx, ref, region=city.region, domain=domain,
                    org_phone=phone(rng, spec.country, city) if rng.random() < 0.9 else None,
                    employees=employees, turnover=turnover, balance=balance,
                    vat=vat_number(rng, spec.country, city) if rng.random() < 0.85 else None,
                    sectors=_sectors(rng, sector), certifications=_certifications(rng, sector, employees),
                    notes=rng.choice(_ORG_NOTES) if rng.random() < 0.15 else None, created=at,
                    info=_INFO[spec.country]))
                members.append({"id": ctx.new_id(), "organization_id": ref.id, "cluster_id": cluster_id,
                                "since": date(rng.randint(spec.founded, 2019), rng.randint(1, 12), 1),
                                "created_at": at})
                interests.extend(_market_interests(ctx, rng, ref.id, at, large=kind == "large_company"))
                count = rng.randint(3, 5) if kind == "large_company" else rng.choice((2, 3, 3, 4))
                people.extend(contacts_for(ctx, rng, ref, pool=spec.pool, lang=spec.lang, domain=domain, city=city,
                                           count=count, created=created, keep=keep))
            ctx.writer.write(Organization, orgs, officer)
            ctx.writer.write(Membership, members, officer)
            ctx.writer.write(MarketInterest, interests, officer)
            ctx.writer.write(Contact, people, officer)


def _branch(city_chars: str, base: str, n: int) -> str:
    """A Chinese company name already taken becomes one of its branches ('...有限公司郑州分公司')."""
    return f"{base}{city_chars}分公司" if n == 1 else f"{base}第{n}分公司"


def write_extras(ctx: Context) -> None:
    """Companies outside the member lists, growing with the scale: European distributors and investors met at
    events, and Chinese and US companies met at trade shows and on the missions."""
    rng = ctx.rng("extras")
    namer = Namer(ctx)
    plan: list[tuple[str, str]] = []
    for _ in range(ctx.scale):
        plan += [("EU", "distributor")] * 6 + [("EU", "investor")] * 4
        plan += [("CN", "sme")] * 6 + [("CN", "distributor")] * 3 + [("CN", "large_company")]
        plan += [("US", "sme")] * 6 + [("US", "distributor")] * 2 + [("US", "investor"), ("US", "large_company")]
    for start in range(0, len(plan), BATCH):
        orgs: list[tuple[str | None, dict[str, Any]]] = []
        people: list[tuple[str | None, dict[str, Any]]] = []
        for offset, (where, kind) in enumerate(plan[start:start + BATCH]):
            spec = PARTNERS[(start + offset) % len(PARTNERS)]
            officer = ctx.officer_of(spec.key)
            country = spec.country if where == "EU" else where
            city = pick_city(rng, country)
            if where == "CN":
                # A taken name becomes a branch of that company in another city ("...有限公司郑州分公司").
                chars = CN_CITY_CHARS[city.name]
                name, drawn = namer.pick(partial(chinese_company, rng, kind, city.name, chars), partial(_branch, chars))
                slug, _, tld = (drawn or "company.cn").partition(".")
                domain = namer.domain(slug, "." + tld)
                pool, lang = "zh", "zh"
            elif where == "US":
                name = namer.name(partial(us_company, rng, kind), city.name)
                domain = namer.domain(domain_slug(name), ".com")
                pool, lang = "us", "en"
            else:
                name = namer.name(partial(european_company, rng, kind, spec.lang, city.name), city.name)
                domain = namer.domain(domain_slug(name, spec.lang), rng.choice(_TLDS[country]))
                pool, lang = spec.pool, spec.lang
            profile = {"sme": rng.choice(("micro", "small", "medium")), "large_company": "large",
                       "distributor": rng.choice(("small", "medium"))}.get(kind, "unknown")
            employees, turnover, balance = figures(rng, profile)
            ref = OrgRef(ctx.new_id(), name, kind, country, city.name)
            created = day_between(rng, date(2018, 3, 1), date(2020, 2, 28))
            orgs.append((officer, _org_row(
                ctx, ref, region=city.region, domain=domain, org_phone=phone(rng, country, city),
                employees=employees, turnover=turnover, balance=balance, vat=vat_number(rng, country, city),
                sectors=_sectors(rng, rng.choice(_PRIMARY_SECTORS)), created=stamp(rng, created))))
            people.extend((officer, row) for row in contacts_for(
                ctx, rng, ref, pool=pool, lang=lang, domain=domain, city=city, count=rng.choice((2, 3, 3, 4)),
                created=created, keep=False))
        ctx.writer.write_by_officer(Organization, orgs)
        ctx.writer.write_by_officer(Contact, people)


def estimated_rows(scale: int) -> int:
    """About how many rows the generator writes (for the progress bar): per unit of scale ~650 companies with
    their contacts, memberships and market interests; the programme's participations grow with sqrt(scale)."""
    return int(4000 * scale + 1500 * scale ** 0.5 + 1500)
