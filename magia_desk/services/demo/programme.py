"""The partnership's programme: ~40 actions of 2017-2019 modelled on the seed's summary, and who took part.

Who takes part is planned, not sampled blindly: the SMEs chosen to be reached (orgs.plan_reached) and the
clusters chosen to be engaged each get at least one participation, the ones a draw left out being added to
the surveys, webinars and big conferences of their period, where officers really count their long tail.
That pins the headline numbers near the seed's "500+ SMEs, 110+ clusters" whatever the seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from magia_desk.domain.countries import is_european
from magia_desk.services.demo.context import Context, OrgRef, day_between, stamp
from magia_desk.storage.models import Action, Participation

RP1_END = date(2019, 4, 30)
ALL4 = ("IT", "BE", "DE", "FR")
EUROPE = (*ALL4, "ES", "NL", "AT", "CH", "GB", "SE", "DK", "PL", "PT", "GR", "RO", "NO", "FI", "IE")
IND, INN, EUI, AUTH, RES, INV, INT, MED = ("industry", "innovators", "eu_institutions", "authorities",
                                           "research_communities", "investors", "international_organizations", "media")


@dataclass(frozen=True)
class ActionSpec:
    key: str
    type: str
    title: str
    start: date
    end: date | None
    city: str | None
    country: str | None
    organiser: str  # partner key
    wp: str
    audience: tuple[str, ...]
    addressed: tuple[str, ...]
    declared: int | None = None
    status: str = "delivered"
    description: str | None = None
    smes: int = 0  # member SMEs taking part at scale 1; grows with the square root of the scale
    local: bool = False  # SMEs mostly from the organiser's own region
    sme_role: str = "attendee"
    clusters: int = 0
    theme: str = ""  # clusters of this theme are invited first
    partners: str = "organiser"  # "organiser", "all" (the others attend) or "none"
    lead_role: str = "organiser"  # the organising partner's own role (a speaker at others' conferences)
    other_role: str = "attendee"
    guests: tuple[tuple[str, str], ...] = ()  # (catalogue key, role)
    catch_all: bool = False  # SMEs of its period that nothing else reached are added here

    @property
    def online(self) -> bool:
        return self.city is None


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _a(key: str, type_: str, title: str, start: str, end: str | None, city: str | None, country: str | None,
       organiser: str, wp: str, audience: Sequence[str], addressed: Sequence[str], **extra: Any) -> ActionSpec:
    return ActionSpec(key, type_, title, _d(start), _d(end) if end else None, city, country, organiser, wp,
                      tuple(audience), tuple(addressed), **extra)


ACTIONS: tuple[ActionSpec, ...] = (
    _a("kickoff", "other", "MAGIA kick-off meeting of the four partner clusters", "2017-11-21", "2017-11-22",
       "Torino", "IT", "biopmed", "WP1", ("other",), ALL4, partners="all"),
    _a("wg_it", "working_group", "Working group: internationalization needs of Piemonte medtech SMEs", "2018-02-20",
       None, "Torino", "IT", "biopmed", "WP2", (IND, INN), ("IT",), smes=22, local=True),
    _a("wg_be", "working_group", "Working group: internationalization needs of Walloon medtech SMEs", "2018-02-27",
       None, "Mont-Saint-Guibert", "BE", "biowin", "WP2", (IND, INN), ("BE",), smes=20, local=True),
    _a("wg_de", "working_group",
       "Working group: internationalization needs of medtech SMEs in Hamburg and Schleswig-Holstein", "2018-03-06",
       None, "Hamburg", "DE", "lsn", "WP2", (IND, INN), ("DE",), smes=20, local=True),
    _a("wg_fr", "working_group", "Working group: internationalization needs of Auvergne-Rhône-Alpes medtech SMEs",
       "2018-03-13", None, "Lyon", "FR", "lyonbiopole", "WP2", (IND, INN), ("FR",), smes=22, local=True),
    _a("cebr2018", "conference", "CEBR Annual Conference 2018, Munich", "2018-03-21", "2018-03-22", "München", "DE",
       "lsn", "WP6", (IND, RES, AUTH, EUI), EUROPE, declared=300, smes=8, clusters=38, partners="all",
       lead_role="speaker", guests=(("cebr", "organiser"),),
       description="MAGIA presented to Europe's bioregions in the clusters session."),
    _a("survey2018", "survey", "Survey: internationalization needs and target markets of medtech SMEs",
       "2018-04-09", "2018-06-15", None, None, "lyonbiopole", "WP2", (IND,), ALL4, smes=140,
       sme_role="respondent", catch_all=True,
       description="Electronic survey in the four regions; it chose China and the USA as target markets."),
    _a("sv_it", "study_visit", "Study visit: BioPmed and the Piemonte medtech ecosystem", "2018-05-15", "2018-05-16",
       "Colleretto Giacosa", "IT", "biopmed", "WP2", (IND, RES), ALL4, smes=6, local=True, sme_role="speaker",
       partners="all"),
    _a("sv_fr", "study_visit", "Study visit: Lyonbiopole and the Lyon health-technology ecosystem", "2018-06-12",
       "2018-06-13", "Lyon", "FR", "lyonbiopole", "WP2", (IND, RES), ALL4, smes=6, local=True, sme_role="speaker",
       partners="all"),
    _a("info_be", "dissemination_event", "MAGIA information day for Walloon medtech SMEs", "2018-06-28", None,
       "Namur", "BE", "biowin", "WP6", (IND, AUTH), ("BE",), declared=60, smes=25, local=True, clusters=2,
       guests=(("be_public", "speaker"),)),
    _a("brand", "dissemination_event", "MAGIA brand launch: ECCP profile, website and Twitter account",
       "2018-07-03", None, None, None, "biopmed", "WP6", (IND, EUI, MED, INT), EUROPE, declared=1200,
       status="ongoing", partners="none", description="Continuous communication on the ECCP profile and Twitter."),
    _a("sv_be", "study_visit", "Study visit: BioWin and the Walloon medtech ecosystem", "2018-09-18", "2018-09-19",
       "Gosselies", "BE", "biowin", "WP2", (IND, RES), ALL4, smes=6, local=True, sme_role="speaker", partners="all"),
    _a("web_fda", "webinar", "Webinar: the US medtech market and the FDA 510(k) pathway for EU SMEs", "2018-09-26",
       None, None, None, "lsn", "WP3", (IND, INN), ("US",), declared=80, smes=35, clusters=3,
       guests=(("us_crc", "speaker"),), catch_all=True),
    _a("sv_de", "study_visit", "Study visit: Life Sciences Nord and medtech in Hamburg and Schleswig-Holstein",
       "2018-10-09", "2018-10-10", "Hamburg", "DE", "lsn", "WP2", (IND, RES), ALL4, smes=6, local=True,
       sme_role="speaker", partners="all"),
    _a("web_nmpa", "webinar", "Webinar: NMPA registration for EU medical devices", "2018-10-17", None, None, None,
       "biopmed", "WP3", (IND, INN), ("CN",), declared=90, smes=35, guests=(("cn_zhongou", "speaker"),),
       catch_all=True),
    _a("medica2018", "dissemination_event", "MAGIA at MEDICA 2018, Düsseldorf", "2018-11-12", "2018-11-15",
       "Düsseldorf", "DE", "lsn", "WP6", (IND, INV, INT), (*EUROPE, "CN", "US"), declared=400, smes=15, clusters=8),
    _a("tr_china", "training", "Training: market access strategy for the Chinese medtech market", "2018-11-22", None,
       "Lyon", "FR", "lyonbiopole", "WP3", (IND,), ("CN",), smes=18, local=True,
       guests=(("cn_zhongou", "speaker"),)),
    _a("tr_us", "training", "Training: US reimbursement and market access for medical devices", "2018-12-04", None,
       "Hamburg", "DE", "lsn", "WP3", (IND,), ("US",), smes=16, local=True, guests=(("us_crc", "speaker"),)),
    _a("web_distrib", "webinar", "Webinar: distribution channels for medical devices in China", "2019-01-29", None,
       None, None, "lyonbiopole", "WP3", (IND,), ("CN",), declared=70, smes=30, guests=(("cn_ruikang", "speaker"),),
       catch_all=True),
    _a("tr_mdr", "training", "Training: EU MDR transition and international certification (ISO 13485, MDSAP)",
       "2019-02-12", None, "Torino", "IT", "biopmed", "WP3", (IND,), ("CN", "US"), smes=24, local=True,
       guests=(("it_research", "speaker"),)),
    _a("web_us_partners", "webinar", "Webinar: finding US distributors and partners", "2019-02-26", None, None, None,
       "biowin", "WP3", (IND,), ("US",), declared=65, smes=30, guests=(("us_harbor", "speaker"),), catch_all=True),
    _a("b2b_brussels", "b2b_meetings", "B2B meetings: MAGIA medtech partnering day", "2019-03-19", None, "Bruxelles",
       "BE", "biowin", "WP4", (IND, INV), ALL4, smes=30, clusters=4,
       guests=(("eu_sme_network", "attendee"), ("it_hospital", "attendee"), ("fr_research", "attendee"))),
    _a("usa_mission", "fact_finding_mission", "Fact-finding mission to the USA: Boston and Minneapolis",
       "2019-03-31", "2019-04-05", "Boston", "US", "lsn", "WP4", (IND, INT), ("US",), partners="none",
       description="Delegation of SMEs and cluster officers; meetings with clusters, hospitals, investors, "
                   "distributors and companies in Boston and Minneapolis."),
    _a("cebr2019", "conference", "CEBR Annual Conference 2019, Athens", "2019-04-10", "2019-04-11", "Athens", "GR",
       "biopmed", "WP6", (IND, RES, AUTH, EUI), EUROPE, declared=280, smes=6, clusters=35, partners="all",
       lead_role="speaker", guests=(("cebr", "organiser"),)),
    _a("cmef", "trade_show", "CMEF Shanghai 2019 (China International Medical Equipment Fair): MAGIA pavilion",
       "2019-05-14", "2019-05-17", "Shanghai", "CN", "lyonbiopole", "WP4", (IND, INV, INT), ("CN",), declared=350,
       partners="none", guests=(("cn_ruikang", "attendee"), ("cn_maide", "attendee"), ("cn_antai", "attendee"),
                                 ("cn_smda", "attendee"))),
    _a("ecc2019", "conference", "European Cluster Conference 2019, Bucharest", "2019-05-21", "2019-05-23",
       "București", "RO", "biowin", "WP6", (EUI, AUTH, IND), EUROPE, declared=700, clusters=50, partners="all",
       lead_role="speaker"),
    _a("b2b_lyon", "b2b_meetings", "B2B meetings: US medtech delegation visiting Lyon", "2019-06-04", None, "Lyon",
       "FR", "lyonbiopole", "WP4", (IND, INV), ("US",), smes=18, local=True,
       guests=(("us_cbi", "attendee"), ("us_tcoi", "attendee"), ("us_harbor", "attendee"), ("us_umta", "attendee"),
               ("us_mtio", "speaker"))),
    _a("laser", "dissemination_event", "Inter-consortium meeting with the Laser Go-Global ESCP-4i", "2019-06-18", None,
       "Bruxelles", "BE", "lyonbiopole", "WP6", (IND,), EUROPE, clusters=10, theme="photonics", partners="all"),
    _a("web_us_study", "webinar", "Webinar: results of the MAGIA market study on the US medtech sector", "2019-06-25",
       None, None, None, "lsn", "WP3", (IND, INN), ("US",), declared=110, smes=40, clusters=3,
       guests=(("us_mmda", "speaker"),), catch_all=True),
    _a("web_cn_study", "webinar", "Webinar: results of the MAGIA market study on the Chinese medtech sector",
       "2019-07-09", None, None, None, "biopmed", "WP3", (IND, INN), ("CN",), declared=105, smes=40, clusters=3,
       guests=(("cn_smda", "speaker"),), catch_all=True),
    _a("wg_jis", "working_group", "Working group: MAGIA Joint Internationalization Strategy", "2019-09-10",
       "2019-09-11", "Lyon", "FR", "lyonbiopole", "WP5", (IND, AUTH), ALL4, smes=8, partners="all"),
    _a("tr_china_prep", "training",
       "Training: preparing the fact-finding mission to China — business culture and negotiation", "2019-09-17", None,
       None, None, "biopmed", "WP4", (IND,), ("CN",), smes=6),
    _a("b2b_torino", "b2b_meetings", "B2B meetings with a Chinese hospital and industry delegation, Torino",
       "2019-09-24", None, "Torino", "IT", "biopmed", "WP4", (IND,), ("CN",), smes=20, local=True,
       guests=(("cn_dongfang_hospital", "attendee"), ("cn_antai", "attendee"), ("cn_kangda", "attendee"),
               ("cn_liankang", "attendee"))),
    _a("survey2019", "survey", "Survey: follow-up of SMEs after the MAGIA missions and trainings", "2019-10-01",
       "2019-11-30", None, None, "biowin", "WP5", (IND,), ALL4, smes=80, sme_role="respondent", catch_all=True),
    _a("china_mission", "fact_finding_mission", "Fact-finding mission to China: Shanghai and Zhengzhou",
       "2019-10-20", "2019-10-26", "Shanghai", "CN", "biopmed", "WP4", (IND, INT, AUTH), ("CN",), partners="none",
       description="Delegation of SMEs and cluster officers to Shanghai and Zhengzhou, with the Intelligent Health "
                   "Industry International Forum."),
    _a("zz_forum", "conference", "Intelligent Health Industry International Forum, Zhengzhou", "2019-10-25", None,
       "Zhengzhou", "CN", "biopmed", "WP6", (IND, AUTH, INT), ("CN",), declared=800, lead_role="speaker",
       guests=(("cn_zz_promotion", "organiser"), ("cn_zz_cluster", "attendee"), ("cn_zj_cluster", "attendee"),
               ("cn_bj_alliance", "attendee"), ("cn_hnmda", "attendee"), ("cn_zz_hospital", "attendee"),
               ("cn_kangda", "attendee"), ("cn_huaxin", "attendee"))),
    _a("medica2019", "dissemination_event", "MAGIA at MEDICA 2019, Düsseldorf", "2019-11-18", "2019-11-21",
       "Düsseldorf", "DE", "lsn", "WP6", (IND, INV, INT), (*EUROPE, "CN", "US"), declared=450, smes=15, clusters=8),
    _a("tr_clinical", "training", "Training: clinical evaluation requirements in the USA and China", "2019-11-28",
       None, "Gosselies", "BE", "biowin", "WP3", (IND,), ("US", "CN"), smes=22, local=True,
       guests=(("us_crc", "speaker"), ("cn_zhongou", "speaker"))),
    _a("web_fda_presub", "webinar", "Webinar: FDA pre-submission meetings in practice", "2019-12-03", None, None,
       None, "lsn", "WP3", (IND,), ("US",), declared=75, smes=30, guests=(("us_crc", "speaker"),), catch_all=True),
    _a("final_event", "dissemination_event",
       "MAGIA Joint Internationalization Strategy launch and partnership signing, Brussels", "2019-12-10", None,
       "Bruxelles", "BE", "biowin", "WP5", (IND, EUI, AUTH, MED), EUROPE, declared=150, smes=15, clusters=20,
       partners="all", other_role="speaker",
       description="Launch of the Joint Internationalization Strategy; the partnership agreement and 57 SMEs' "
                   "letters of intent were signed."),
    _a("steering", "other", "MAGIA steering committee and final review", "2019-12-11", None, "Bruxelles", "BE",
       "biowin", "WP1", ("other",), ALL4, partners="all"),
    _a("web_reimb_cn", "webinar", "Webinar: reimbursement of medical devices in China", "2019-12-17", None, None, None,
       "biopmed", "WP3", (IND,), ("CN",), status="postponed", partners="none",
       description="Postponed to 2020 at the speaker's request."),
)
SPECS = {spec.key: spec for spec in ACTIONS}


@dataclass
class Programme:
    action_ids: dict[str, str] = field(default_factory=dict)
    delegations: dict[str, list[tuple[OrgRef, str]]] = field(default_factory=dict)  # mission -> (SME, contact)
    loi_signers: list[OrgRef] = field(default_factory=list)


def weighted_sample(rng: random.Random, refs: Sequence[OrgRef], k: int) -> list[OrgRef]:
    """k distinct items, keen ones (high weight) more likely (Efraimidis-Spirakis)."""
    if k >= len(refs):
        return list(refs)
    keyed = sorted(((rng.random() ** (1.0 / ref.weight), i) for i, ref in enumerate(refs)), reverse=True)
    return [refs[i] for _, i in keyed[:k]]


class Participations:
    """Collects participation rows, remembering who has taken part so the coverage can be completed."""

    def __init__(self, ctx: Context, rng: random.Random, programme: Programme) -> None:
        self.ctx, self.rng, self.programme = ctx, rng, programme
        self.rows: list[tuple[str | None, dict[str, Any]]] = []
        self.seen: set[str] = set()
        self.at: dict[str, set[str]] = {}  # action key -> organisations already there
        self.smes_reached: set[str] = set()  # the two headline numbers, as domain.md defines them
        self.clusters_engaged: set[str] = set()
        self._partner_ids = {ref.id for ref in ctx.partners.values()}

    def add(self, spec: ActionSpec, ref: OrgRef, role: str, contact: str | None = None, *,
            contact_only_ok: bool = True) -> None:
        if ref.id in self.at.setdefault(spec.key, set()):
            return
        self.at[spec.key].add(ref.id)
        self.seen.add(ref.id)
        if ref.kind == "sme" and role != "organiser" and is_european(ref.country):
            self.smes_reached.add(ref.id)
        if ref.kind == "cluster" and ref.id not in self._partner_ids:
            self.clusters_engaged.add(ref.id)
        rng = self.rng
        named = contact is not None  # delegates, exhibitors, speakers: the person matters
        contact = contact or (rng.choice(ref.contacts) if ref.contacts else None)
        roll = rng.random()
        # Webinar registrations and survey answers are often kept per person: the contact alone, which counts
        # for its organisation (domain.md).
        alone = contact is not None and contact_only_ok and roll < 0.15 and role in ("attendee", "respondent")
        with_contact = contact is not None and (named or alone or roll < 0.85)
        day = spec.start
        # Survey answers come in over weeks; a few people come to one day only of a longer event.
        if spec.end and (spec.type == "survey" or rng.random() < 0.2):
            day = day_between(rng, spec.start, spec.end)
        self._row(spec, None if alone else ref.id, contact if with_contact else None, role, day)
        if with_contact and len(ref.contacts) > 1 and rng.random() < 0.08 and role != "respondent":
            second = rng.choice([c for c in ref.contacts if c != contact])
            self._row(spec, ref.id, second, role, day)  # two people of one company: one organisation reached

    def _row(self, spec: ActionSpec, org: str | None, contact: str | None, role: str, day: date) -> None:
        self.rows.append((self.ctx.officer_of(spec.organiser), {
            "id": self.ctx.new_id(), "action_id": self.programme.action_ids[spec.key], "organization_id": org,
            "contact_id": contact, "role": role, "date": day,
            "created_at": stamp(self.rng, max(spec.start - timedelta(days=self.rng.randint(0, 20)),
                                              date(2017, 11, 1)))}))


def write_actions(ctx: Context) -> Programme:
    rng = ctx.rng("actions")
    programme = Programme()
    rows = []
    for spec in ACTIONS:
        action_id = ctx.new_id()
        programme.action_ids[spec.key] = action_id
        rows.append((ctx.officer_of(spec.organiser), {
            "id": action_id, "type": spec.type, "title": spec.title, "start_date": spec.start, "end_date": spec.end,
            "city": spec.city, "country": spec.country, "online": spec.online,
            "organiser_id": ctx.partners[spec.organiser].id, "work_package": spec.wp,
            "audience_types": list(spec.audience), "declared_audience": spec.declared,
            "countries_addressed": list(spec.addressed), "portal_status": spec.status,
            "description": spec.description,
            "created_at": stamp(rng, max(spec.start - timedelta(days=rng.randint(20, 60)), date(2017, 11, 1))),
        }))
    ctx.writer.write_by_officer(Action, rows)
    return programme


def _plan_delegations(ctx: Context, rng: random.Random, programme: Programme) -> None:
    sizes = {"usa_mission": {"biopmed": 3, "biowin": 3, "lsn": 3, "lyonbiopole": 3},
             "china_mission": {"biopmed": 4, "biowin": 3, "lsn": 3, "lyonbiopole": 4}}
    for mission, per_partner in sizes.items():
        chosen = []
        for partner, count in per_partner.items():
            for ref in weighted_sample(rng, ctx.reached[partner], count):
                chosen.append((ref, ref.contacts[0]))
        programme.delegations[mission] = chosen


def write_participations(ctx: Context, programme: Programme) -> dict[str, int]:
    """Every participation of the programme; returns the headline numbers it makes (for the summary)."""
    rng = ctx.rng("participations")
    parts = Participations(ctx, rng, programme)
    reached = [ref for refs in ctx.reached.values() for ref in refs]
    engaged = weighted_sample(rng, ctx.clusters, rng.randint(110, 114))
    _plan_delegations(ctx, rng, programme)
    for spec in ACTIONS:
        if spec.status == "postponed":
            continue
        partner_keys = {"organiser": [spec.organiser], "all": list(ctx.partners), "none": []}[spec.partners]
        for key in partner_keys:
            role = spec.lead_role if key == spec.organiser else spec.other_role
            parts.add(spec, ctx.partners[key], role, ctx.officer_contacts[key], contact_only_ok=False)
        if spec.type == "study_visit" and ctx.hosts[spec.organiser]:
            # A member company hosts the visit: an organiser, which does not make it an SME reached.
            parts.add(spec, rng.choice(ctx.hosts[spec.organiser]), "organiser", contact_only_ok=False)
        for key, role in spec.guests:
            parts.add(spec, ctx.refs[key], role, contact_only_ok=False)
        if spec.smes:
            count = round(spec.smes * ctx.growth)
            if spec.local:  # mostly the organiser's own members; study visits show only them
                local = count if spec.type == "study_visit" else round(count * 0.85)
                chosen = weighted_sample(rng, ctx.reached[spec.organiser], local)
                others = [r for r in reached if r.partner != spec.organiser]
                chosen += weighted_sample(rng, others, count - len(chosen))
            else:
                chosen = weighted_sample(rng, reached, count)
            for ref in chosen:
                parts.add(spec, ref, spec.sme_role)
        if spec.clusters:
            pool = [c for c in engaged if c.theme == spec.theme] if spec.theme else engaged
            chosen = weighted_sample(rng, pool, spec.clusters)
            taken = {c.id for c in chosen}
            chosen += weighted_sample(rng, [c for c in engaged if c.id not in taken], spec.clusters - len(chosen))
            for ref in chosen:
                parts.add(spec, ref, "attendee")
    _missions_and_signing(ctx, rng, programme, parts)
    # Complete the coverage: every planned SME and cluster takes part somewhere, in both periods.
    early = [s for s in ACTIONS if s.catch_all and s.start <= RP1_END]
    late = [s for s in ACTIONS if s.catch_all and s.start > RP1_END]
    missing = [ref for ref in reached if ref.id not in parts.seen]
    for i, ref in enumerate(missing):
        group = early if i % 2 == 0 else late
        spec = group[(i // 2) % len(group)]
        parts.add(spec, ref, spec.sme_role)
    for i, ref in enumerate(c for c in engaged if c.id not in parts.seen):
        parts.add(SPECS["cebr2018" if i % 2 == 0 else "ecc2019"], ref, "attendee")
    ctx.writer.write_by_officer(Participation, parts.rows)
    return {"smes_reached": len(parts.smes_reached), "clusters_engaged": len(parts.clusters_engaged)}


def _missions_and_signing(ctx: Context, rng: random.Random, programme: Programme, parts: Participations) -> None:
    """Delegates on the missions, exhibitors at CMEF, and the SMEs who signed a letter of intent at the final
    event: fixed numbers whatever the scale."""
    for mission, delegates in programme.delegations.items():
        spec = SPECS[mission]
        for key in ctx.partners:
            parts.add(spec, ctx.partners[key], "delegate", ctx.officer_contacts[key], contact_only_ok=False)
        for ref, contact in delegates:
            parts.add(spec, ref, "delegate", contact, contact_only_ok=False)
    forum = SPECS["zz_forum"]
    for ref, contact in programme.delegations["china_mission"]:
        parts.add(forum, ref, "attendee", contact, contact_only_ok=False)
    for ref, contact in programme.delegations["china_mission"][:8]:
        parts.add(SPECS["tr_china_prep"], ref, "attendee", contact, contact_only_ok=False)
    cmef = SPECS["cmef"]
    parts.add(cmef, ctx.partners["lyonbiopole"], "organiser", ctx.officer_contacts["lyonbiopole"],
              contact_only_ok=False)
    parts.add(cmef, ctx.partners["biopmed"], "exhibitor", ctx.officer_contacts["biopmed"], contact_only_ok=False)
    reached = [ref for refs in ctx.reached.values() for ref in refs]
    exhibitors = weighted_sample(rng, reached, 10)
    programme.delegations["cmef"] = [(ref, ref.contacts[0]) for ref in exhibitors]
    for ref, contact in programme.delegations["cmef"]:
        parts.add(cmef, ref, "exhibitor", contact, contact_only_ok=False)
    # Letters of intent: mission delegates and exhibitors first (they know MAGIA best), then other keen members.
    signers: dict[str, OrgRef] = {}
    for ref, _ in (*programme.delegations["usa_mission"], *programme.delegations["china_mission"]):
        signers.setdefault(ref.id, ref)
    for ref in exhibitors:
        signers.setdefault(ref.id, ref)
    rest = [ref for ref in reached if ref.id not in signers]
    for ref in weighted_sample(rng, rest, 57 - len(signers)):
        signers[ref.id] = ref
    programme.loi_signers = list(signers.values())[:57]
    final = SPECS["final_event"]
    for ref in programme.loi_signers:
        parts.add(final, ref, "attendee", contact_only_ok=False)
