"""Agreements (with their stage history), reporting periods, KPI targets, notes and tasks.

The seed's numbers: 8 collaboration agreements from the missions, the partnership agreement of the four
clusters, and 57 letters of intent signed by SMEs at one event; plus a few deals still in the pipeline so that
the pipeline view is not only made of finished business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from magia_desk.services.demo.context import Context, OrgRef, day_between, stamp
from magia_desk.services.demo.programme import SPECS, Programme
from magia_desk.storage.models import (
    Agreement,
    AgreementParty,
    AgreementStageChange,
    KpiTarget,
    Note,
    ReportingPeriod,
    Task,
)

LOI_DAY = date(2019, 12, 10)  # all letters of intent were signed at the final event in Brussels
ALL = ("p:biopmed", "p:biowin", "p:lsn", "p:lyonbiopole")


@dataclass(frozen=True)
class AgreementSpec:
    key: str
    type: str
    title: str
    parties: tuple[str, ...]  # catalogue keys, or "p:<partner>" for a partner cluster
    owner: str  # partner key: its officer owns the deal and its cluster is the agreement's partner cluster
    action: str | None
    stages: tuple[tuple[str, str], ...]  # (stage, ISO date), oldest first; the last one is the current stage
    expires: str | None = None
    notes: str | None = None


AGREEMENTS: tuple[AgreementSpec, ...] = (
    AgreementSpec("mou_mmda", "mou", "MoU MAGIA – Massachusetts Medical Device Alliance: soft landing and member "
                  "exchange", (*ALL, "us_mmda"), "lsn", "usa_mission",
                  (("identified", "2019-02-15"), ("contacted", "2019-03-01"), ("negotiating", "2019-04-01"),
                   ("draft", "2019-05-06"), ("signed", "2019-06-12"))),
    AgreementSpec("ca_umta", "collaboration_agreement",
                  "Collaboration agreement Lyonbiopole – Upper Midwest Medical Technology Alliance",
                  ("p:lyonbiopole", "us_umta"), "lyonbiopole", "usa_mission",
                  (("identified", "2019-02-20"), ("contacted", "2019-03-05"), ("negotiating", "2019-04-03"),
                   ("draft", "2019-07-15"), ("signed", "2019-09-30"), ("active", "2019-10-01")), "2022-09-30",
                  "Three-year agreement on exchanges of delegations; renewal to be discussed before it expires."),
    AgreementSpec("ca_longwood", "collaboration_agreement",
                  "Collaboration agreement BioWin – Longwood Institute for Medical Engineering: clinical validation",
                  ("p:biowin", "us_longwood"), "biowin", "usa_mission",
                  (("identified", "2019-03-10"), ("contacted", "2019-03-20"), ("negotiating", "2019-04-01"),
                   ("draft", "2019-06-03"), ("signed", "2019-07-18"))),
    AgreementSpec("mou_msp", "mou", "MoU BioPmed – Greater MSP Trade Office: welcome programme for SMEs",
                  ("p:biopmed", "us_msp"), "biopmed", "usa_mission",
                  (("identified", "2019-03-15"), ("contacted", "2019-03-25"), ("negotiating", "2019-04-05"),
                   ("draft", "2019-04-26"), ("signed", "2019-05-20"))),
    AgreementSpec("mou_smda", "mou", "MoU MAGIA – 上海医疗器械行业协会 (Shanghai Medical Device Industry Association)",
                  (*ALL, "cn_smda"), "biopmed", "china_mission",
                  (("identified", "2019-05-15"), ("contacted", "2019-06-10"), ("negotiating", "2019-08-20"),
                   ("draft", "2019-10-01"), ("signed", "2019-10-22"))),
    AgreementSpec("ca_zz", "collaboration_agreement", "Collaboration agreement BioPmed – 郑州高新区生物医药产业集群",
                  ("p:biopmed", "cn_zz_cluster"), "biopmed", "china_mission",
                  (("identified", "2019-07-01"), ("contacted", "2019-08-01"), ("negotiating", "2019-09-15"),
                   ("draft", "2019-10-24"), ("signed", "2019-10-25")),
                  notes="Signed on stage at the Intelligent Health Industry International Forum."),
    AgreementSpec("ca_pudong", "collaboration_agreement",
                  "Collaboration agreement Lyonbiopole – 上海浦东医疗器械产业园: soft-landing offices",
                  ("p:lyonbiopole", "cn_pudong_park"), "lyonbiopole", "china_mission",
                  (("identified", "2019-09-01"), ("contacted", "2019-09-20"), ("negotiating", "2019-10-22"),
                   ("draft", "2019-11-20"), ("signed", "2019-12-16"))),
    AgreementSpec("mou_hnmda", "mou", "MoU Life Sciences Nord – 河南省医疗器械行业协会", ("p:lsn", "cn_hnmda"), "lsn",
                  "china_mission",
                  (("identified", "2019-09-10"), ("contacted", "2019-10-01"), ("negotiating", "2019-10-24"),
                   ("draft", "2019-12-02"), ("signed", "2020-01-15"))),
    AgreementSpec("partnership", "partnership_agreement", "MAGIA Partnership Agreement", ALL, "biopmed",
                  "final_event",
                  (("identified", "2019-05-21"), ("negotiating", "2019-09-10"), ("draft", "2019-11-05"),
                   ("signed", "2019-12-10"), ("active", "2020-01-01")), "2024-12-31",
                  "Long-term commitment of the four clusters beyond the project, based on the Joint "
                  "Internationalization Strategy."),
    AgreementSpec("dist_ruikang", "distribution",
                  "Distribution of BioWin members' IVD products by 上海瑞康医疗器械贸易有限公司",
                  ("p:biowin", "cn_ruikang"), "biowin", "china_mission", (("identified", "2019-10-22"),)),
    AgreementSpec("dist_phd", "distribution", "Distribution agreement Prairie Health Distribution – Life Sciences "
                  "Nord members (rehabilitation devices)", ("p:lsn", "us_phd"), "lsn", "usa_mission",
                  (("identified", "2019-04-04"), ("contacted", "2019-04-20"), ("negotiating", "2019-06-10"))),
    AgreementSpec("other_hdfund", "other", "Co-investment framework with 华东医疗健康投资基金",
                  ("p:lyonbiopole", "cn_hd_fund"), "lyonbiopole", "china_mission",
                  (("identified", "2019-10-23"), ("contacted", "2019-11-05"), ("dropped", "2019-12-20")),
                  notes="The fund required a Chinese joint venture; not pursued."),
    AgreementSpec("ca_crmc", "collaboration_agreement",
                  "Clinical evaluation framework BioWin – Charles River Academic Medical Center",
                  ("p:biowin", "us_crmc"), "biowin", "usa_mission",
                  (("identified", "2019-04-02"), ("contacted", "2019-05-14"))),
    AgreementSpec("ca_nscd", "collaboration_agreement",
                  "Supplier development programme North Star Cardiac Devices – MAGIA", (*ALL, "us_nscd"), "biopmed",
                  "usa_mission",
                  (("identified", "2019-04-04"), ("contacted", "2019-05-02"), ("negotiating", "2019-09-02"),
                   ("draft", "2020-02-10"))),
)
SIGNED = ("signed", "active", "expired")


@dataclass
class Deals:
    ids: dict[str, str]  # agreement key -> id
    loi_ids: list[str]


def write_agreements(ctx: Context, programme: Programme) -> Deals:
    rng = ctx.rng("agreements")
    agreements: list[tuple[str | None, dict[str, Any]]] = []
    parties: list[tuple[str | None, dict[str, Any]]] = []
    changes: list[tuple[str | None, dict[str, Any]]] = []

    def org(key: str) -> OrgRef:
        return ctx.partners[key[2:]] if key.startswith("p:") else ctx.refs[key]

    def add(officer: str | None, agreement_id: str, party_ids: list[str],
            stages: tuple[tuple[str, date], ...]) -> None:
        for party in party_ids:
            parties.append((officer, {"id": ctx.new_id(), "agreement_id": agreement_id, "organization_id": party,
                                      "created_at": stamp(rng, stages[0][1])}))
        for stage, day in stages:
            changes.append((officer, {"id": ctx.new_id(), "agreement_id": agreement_id, "stage": stage,
                                      "changed_on": day, "officer_id": officer, "created_at": stamp(rng, day)}))

    ids: dict[str, str] = {}
    for spec in AGREEMENTS:
        officer = ctx.officer_of(spec.owner)
        stages = tuple((stage, date.fromisoformat(day)) for stage, day in spec.stages)
        signed_on = next((day for stage, day in stages if stage == "signed"), None)
        agreement_id = ids[spec.key] = ctx.new_id()
        agreements.append((officer, {
            "id": agreement_id, "type": spec.type, "title": spec.title, "stage": stages[-1][0],
            "signed_on": signed_on, "expires_on": date.fromisoformat(spec.expires) if spec.expires else None,
            "owner_id": officer, "partner_cluster_id": ctx.partners[spec.owner].id,
            "action_id": programme.action_ids[spec.action] if spec.action else None, "notes": spec.notes,
            "created_at": stamp(rng, stages[0][1])}))
        add(officer, agreement_id, [org(key).id for key in spec.parties], stages)
    loi_ids = []
    for sme in programme.loi_signers:
        partner = sme.partner or "biopmed"
        officer = ctx.officer_of(partner)
        drafted = day_between(rng, date(2019, 11, 4), date(2019, 11, 29))
        agreement_id = ctx.new_id()
        loi_ids.append(agreement_id)
        agreements.append((officer, {
            "id": agreement_id, "type": "letter_of_intent",
            "title": f"Letter of intent: {sme.name} – MAGIA partnership",
            "stage": "signed", "signed_on": LOI_DAY, "expires_on": None, "owner_id": officer,
            "partner_cluster_id": ctx.partners[partner].id, "action_id": programme.action_ids["final_event"],
            "notes": "Support of the MAGIA partnership and its Joint Internationalization Strategy.",
            "created_at": stamp(rng, drafted)}))
        add(officer, agreement_id, [sme.id, ctx.partners[partner].id], (("draft", drafted), ("signed", LOI_DAY)))
    ctx.writer.write_by_officer(Agreement, agreements)
    ctx.writer.write_by_officer(AgreementParty, parties)
    ctx.writer.write_by_officer(AgreementStageChange, changes)
    return Deals(ids, loi_ids)


def write_periods_and_targets(ctx: Context) -> None:
    rng = ctx.rng("periods")
    coordinator = ctx.officer_of("biopmed")
    rp1, rp2 = ctx.new_id(), ctx.new_id()
    ctx.writer.write(ReportingPeriod, [
        {"id": rp1, "name": "RP1", "start": date(2017, 11, 1), "end": date(2019, 4, 30),
         "created_at": stamp(rng, date(2017, 11, 6))},
        {"id": rp2, "name": "RP2", "start": date(2019, 5, 1), "end": date(2020, 4, 30),
         "created_at": stamp(rng, date(2017, 11, 6))},
    ], coordinator)
    targets: list[tuple[str | None, str | None, float]] = [
        # Project targets of the grant agreement (no period): what the final report compares with.
        ("smes_reached", None, 500), ("clusters_engaged", None, 100), ("agreements_signed", None, 8),
        ("letters_of_intent", None, 50), ("missions", None, 2), ("b2b_meetings", None, 20),
        ("actions_held", None, 35),
        ("smes_reached", rp1, 250), ("clusters_engaged", rp1, 50), ("actions_held", rp1, 20),
        ("participants", rp1, 600), ("smes_reached", rp2, 300), ("clusters_engaged", rp2, 60),
        ("actions_held", rp2, 18), ("agreements_signed", rp2, 8), ("letters_of_intent", rp2, 50),
    ]
    rows = [{"id": ctx.new_id(), "indicator": indicator, "period_id": period, "partner_cluster_id": None,
             "target": float(value), "created_at": stamp(rng, date(2017, 11, 6))}
            for indicator, period, value in targets]
    rows += [{"id": ctx.new_id(), "indicator": "smes_reached", "period_id": None, "partner_cluster_id": ref.id,
              "target": 125.0, "created_at": stamp(rng, date(2017, 11, 6))} for ref in ctx.partners.values()]
    ctx.writer.write(KpiTarget, rows, coordinator)


_AGREEMENT_NOTES = {
    "contacted": ("email", "First e-mail sent with the MAGIA presentation and the list of member companies."),
    "negotiating": ("call", "Call on the scope: exchange of delegations, joint webinars, soft-landing support."),
    "draft": ("email", "Draft sent for comments; legal review on our side done."),
    "signed": ("meeting", "Signed; scanned copy filed and announced on the ECCP profile."),
    "dropped": ("call", "Counterpart asked for terms we cannot offer; file closed."),
}
_ORG_NOTES = (
    ("call", "Call with the CEO: interested in the US mission; will send product sheets."),
    ("email", "Sent the NMPA webinar recording and the slides."),
    ("meeting", "Visit at the company: production line for single-use devices, MDR file in preparation."),
    ("remark", "Member since the cluster's early years; always answers surveys."),
    ("call", "Asked for introductions to distributors in Shanghai."),
    ("email", "Confirmed participation in the partnering day in Brussels."),
)
_CONTACT_NOTES = (
    ("meeting", "Met on the mission; wants a follow-up on registration costs."),
    ("email", "Sent the presentation of the meta-cluster and the member directory."),
    ("call", "Call to prepare a visit to Europe next spring; wants to meet imaging SMEs."),
    ("remark", "Assistant handles the agenda; write to both."),
)


def write_notes_and_tasks(ctx: Context, programme: Programme, deals: Deals) -> None:
    """Timeline entries and follow-ups, so that no detail screen of the demo starts empty."""
    rng = ctx.rng("notes")
    notes: list[tuple[str | None, dict[str, Any]]] = []
    tasks: list[tuple[str | None, dict[str, Any]]] = []

    def note(officer: str | None, record_type: str, record_id: str, day: date, kind: str, text: str) -> None:
        notes.append((officer, {"id": ctx.new_id(), "record_type": record_type, "record_id": record_id, "date": day,
                                "kind": kind, "text": text, "created_at": stamp(rng, day)}))

    def task(officer: str | None, title: str, due: date, done: bool, record_type: str, record_id: str) -> None:
        tasks.append((officer, {"id": ctx.new_id(), "title": title, "due_date": due, "done": done,
                                "owner_id": officer, "record_type": record_type, "record_id": record_id,
                                "created_at": stamp(rng, due - timedelta(days=rng.randint(7, 30)))}))

    for deal in AGREEMENTS:
        officer = ctx.officer_of(deal.owner)
        for stage, when in deal.stages[1:]:
            if stage in _AGREEMENT_NOTES:
                kind, text = _AGREEMENT_NOTES[stage]
                note(officer, "agreement", deals.ids[deal.key], date.fromisoformat(when), kind, text)
        last_stage, last_day = deal.stages[-1][0], date.fromisoformat(deal.stages[-1][1])
        if last_stage not in (*SIGNED, "dropped"):
            task(officer, f"Follow up: {deal.title}", last_day + timedelta(days=30), False, "agreement",
                 deals.ids[deal.key])
        elif last_stage in SIGNED:
            task(officer, "Announce the signature on the ECCP profile and Twitter", last_day + timedelta(days=7), True,
                 "agreement", deals.ids[deal.key])
    task(ctx.officer_of("lyonbiopole"), "Prepare the renewal of the agreement with the Upper Midwest alliance",
         date(2022, 7, 31), False, "agreement", deals.ids["ca_umta"])
    for key in ("usa_mission", "china_mission", "cmef", "final_event", "survey2018"):
        spec = SPECS[key]
        officer = ctx.officer_of(spec.organiser)
        note(officer, "action", programme.action_ids[key], spec.start - timedelta(days=21), "remark",
             "Registrations closed; delegation list and briefing pack sent to the participants.")
        note(officer, "action", programme.action_ids[key], (spec.end or spec.start) + timedelta(days=5), "remark",
             "Feedback forms collected: average satisfaction 4.4 / 5.")
        task(officer, f"Send the report of '{spec.title}' to the partners", (spec.end or spec.start) +
             timedelta(days=14), True, "action", programme.action_ids[key])
    task(ctx.officer_of("biopmed"), "Collect the attendance sheets of the Torino B2B meetings", date(2019, 10, 8),
         False, "action", programme.action_ids["b2b_torino"])
    reached = [ref for refs in ctx.reached.values() for ref in refs]
    for i, ref in enumerate(rng.sample(reached, 12)):
        officer = ctx.officer_of(ref.partner)
        kind, text = _ORG_NOTES[i % len(_ORG_NOTES)]
        day = day_between(rng, date(2018, 3, 1), date(2020, 3, 31))
        note(officer, "organization", ref.id, day, kind, text)
        if i < 6:
            task(officer, f"Call {ref.name} back about the next mission", day + timedelta(days=10), i % 2 == 0,
                 "organization", ref.id)
    met = [ref for ref in ctx.refs.values() if ref.country in ("CN", "US") and ref.contacts]
    for i, ref in enumerate(rng.sample(met, 8)):
        officer = ctx.officer_of(("lsn", "biopmed", "lyonbiopole", "biowin")[i % 4])
        kind, text = _CONTACT_NOTES[i % len(_CONTACT_NOTES)]
        if ref.country == "CN" and i % 3 == 0:
            kind, text = "remark", "Prefers WeChat for quick questions; e-mail for documents."
        day = date(2019, 4, 6) if ref.country == "US" else date(2019, 10, 27)
        note(officer, "contact", ref.contacts[0], day, kind, text)
        if i < 4:
            task(officer, "Send the follow-up e-mail after the mission meeting", day + timedelta(days=7), i != 0,
                 "contact", ref.contacts[0])
    ctx.writer.write_by_officer(Note, notes)
    ctx.writer.write_by_officer(Task, tasks)
