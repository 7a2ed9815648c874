"""The two fact-finding missions (USA, China) and the CMEF trade-show delegation: itineraries and meetings.

Times are wall-clock times in the mission's zone (models.Mission.timezone). Flights and the Minneapolis leg are
written in the zone where they happen and converted, so a 9:00 meeting in Minneapolis (Central time) is stored
as 10:00 in the USA mission's America/New_York, and a Frankfurt departure appears at its Shanghai time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from magia_desk.services.demo.context import Context, stamp
from magia_desk.services.demo.programme import SPECS, Programme
from magia_desk.storage.models import ItineraryItem, Meeting, MeetingAttendee, Mission

MISSIONS = {
    # action key: (destination, cities, time zone)
    "usa_mission": ("US", ["Boston", "Minneapolis"], "America/New_York"),
    "china_mission": ("CN", ["Shanghai", "Zhengzhou"], "Asia/Shanghai"),
    "cmef": ("CN", ["Shanghai"], "Asia/Shanghai"),
}
BOS, MSP, SHA, EUR, CET = "America/New_York", "America/Chicago", "Asia/Shanghai", "Europe/Berlin", "Europe/Paris"


def wall(text: str, zone: str, mission_zone: str) -> datetime:
    """'2019-04-04 09:00' in `zone` as a naive wall-clock time of the mission's zone."""
    local = datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(ZoneInfo(mission_zone)).replace(tzinfo=None)


@dataclass(frozen=True)
class MeetingSpec:
    mission: str
    org: str  # catalogue key
    start: str
    zone: str
    minutes: int
    place: str
    topic: str
    outcome: str
    officers: tuple[str, ...]  # partner keys whose officers attended
    delegates: int = 1  # SME delegates present


def _m(mission: str, org: str, start: str, zone: str, minutes: int, place: str, topic: str, outcome: str,
       officers: tuple[str, ...], delegates: int = 1) -> MeetingSpec:
    return MeetingSpec(mission, org, start, zone, minutes, place, topic, outcome, officers, delegates)


_US, _CN = "usa_mission", "china_mission"
MEETINGS: tuple[MeetingSpec, ...] = (
    _m(_US, "us_mmda", "2019-04-01 09:00", BOS, 90, "Alliance offices, Seaport District, Boston",
       "Cluster-to-cluster: cooperation between MAGIA and the Massachusetts medtech community",
       "Agreed to prepare an MoU on soft-landing services and to exchange member directories.", ("lsn", "biopmed"), 2),
    _m(_US, "us_longwood", "2019-04-01 11:00", BOS, 60, "Longwood Institute, Boston",
       "Clinical validation partnerships for European devices",
       "Interest in joint validation studies; collaboration agreement with BioWin to be drafted.", ("biowin",), 2),
    _m(_US, "us_nest", "2019-04-01 14:30", BOS, 60, "NorthEast Surgical headquarters, Waltham",
       "Open-innovation calls and supplier qualification for European SMEs",
       "Two delegates invited to the next open-innovation call; supplier questionnaire shared.", ("lsn",), 2),
    _m(_US, "us_kendall", "2019-04-01 16:30", BOS, 45, "Kendall Square, Cambridge",
       "Investment readiness of European medtech start-ups entering the US",
       "Fund open to co-investing after FDA clearance; pitch deck review offered to three SMEs.", ("lyonbiopole",)),
    _m(_US, "us_crmc", "2019-04-02 09:00", BOS, 60, "Charles River Academic Medical Center, Boston",
       "Hospital procurement and value-analysis committees",
       "Pilot evaluation possible for one imaging device; contact for clinical evaluation given.", ("biowin", "lsn")),
    _m(_US, "us_harbor", "2019-04-02 10:30", BOS, 60, "Hotel meeting room, Seaport District",
       "Distribution of European orthopaedic and IVD products in New England",
       "Distributor asked for product files from four SMEs; follow-up call scheduled in May.", ("lyonbiopole",), 2),
    _m(_US, "us_cbi", "2019-04-02 14:00", BOS, 45, "Cambridge Bioimaging, Cambridge",
       "Technology partnership on AI-assisted imaging", "NDA to be signed with one Walloon imaging SME.",
       ("biowin",), 1),
    _m(_US, "us_mtio", "2019-04-02 16:00", BOS, 45, "State trade office, Boston",
       "Soft-landing support for European SMEs in Massachusetts",
       "Office will relay MAGIA webinars; welcome desk for SMEs travelling to Boston.", ("biopmed",)),
    _m(_US, "us_bsln", "2019-04-02 17:30", BOS, 45, "Kendall Square, Cambridge",
       "Joint events and webinars with the Bay State Life Sciences Network",
       "Joint webinar on the US market planned for June 2019.", ("lsn",)),
    _m(_US, "us_umta", "2019-04-03 15:00", MSP, 90, "Alliance offices, Minneapolis",
       "Cluster-to-cluster: the Upper Midwest medtech ecosystem and MAGIA",
       "Collaboration agreement with Lyonbiopole on exchanges of delegations.", ("lyonbiopole", "lsn"), 2),
    _m(_US, "us_nscd", "2019-04-04 09:00", MSP, 60, "North Star Cardiac Devices, Plymouth",
       "Cardiovascular device supply chain: component suppliers from Europe",
       "Procurement asked for capability statements of two plastics SMEs.", ("biopmed",), 2),
    _m(_US, "us_tcoi", "2019-04-04 11:00", MSP, 45, "Eden Prairie", "Co-development of orthopaedic implants",
       "Exchange of samples agreed with a Lyon orthopaedics SME.", ("lyonbiopole",), 1),
    _m(_US, "us_lsmv", "2019-04-04 14:00", MSP, 45, "Lake Street MedTech Ventures, Minneapolis",
       "Venture funding for European companies opening a US subsidiary", "No immediate fit; keep informed.",
       ("lsn",)),
    _m(_US, "us_phd", "2019-04-04 15:30", MSP, 60, "Prairie Health Distribution, Minneapolis",
       "Distribution agreement for European rehabilitation devices",
       "Negotiation of a distribution agreement started with Life Sciences Nord's members.", ("lsn",), 2),
    _m(_US, "us_msp", "2019-04-05 09:00", MSP, 45, "Greater MSP Trade Office, Minneapolis",
       "Welcome programme for European medtech SMEs in Minnesota",
       "MoU with BioPmed proposed; trade office to host SMEs at its incubator.", ("biopmed",)),
    _m(_CN, "cn_smda", "2019-10-21 10:00", SHA, 90, "Association offices, Xuhui, Shanghai",
       "Cooperation between MAGIA and the Shanghai medical device industry",
       "MoU text agreed; signing ceremony set for the next day.", ("biopmed", "lyonbiopole", "biowin", "lsn"), 2),
    _m(_CN, "cn_zj_cluster", "2019-10-21 14:00", SHA, 60, "Zhangjiang Hi-Tech Park, Pudong",
       "Cluster-to-cluster: the Zhangjiang medical device cluster and MAGIA",
       "Exchange of company lists; joint matchmaking at CMEF 2020 considered.", ("biopmed",), 2),
    _m(_CN, "cn_zhongou", "2019-10-21 16:30", SHA, 45, "Hotel meeting room, Pudong",
       "NMPA registration support for European SMEs",
       "Preferential rates for MAGIA members; webinar on reimbursement proposed.", ("lyonbiopole",), 2),
    _m(_CN, "cn_pudong_park", "2019-10-22 09:30", SHA, 60, "Pudong medical device park",
       "Soft-landing offices for European medtech SMEs in Pudong",
       "Collaboration agreement with Lyonbiopole on soft-landing offices to be drafted.", ("lyonbiopole",)),
    _m(_CN, "cn_ruikang", "2019-10-22 14:00", SHA, 60, "Ruikang showroom, Minhang",
       "Distribution of European IVD and orthopaedic products in East China",
       "Distributor interested in two BioWin members; product files requested.", ("biowin",), 2),
    _m(_CN, "cn_maide", "2019-10-22 16:00", SHA, 45, "Maide offices, Pudong", "Joint development in medical imaging",
       "Technical call with a Walloon imaging SME planned.", ("biowin",), 1),
    _m(_CN, "cn_liankang", "2019-10-23 09:30", SHA, 60, "Liankang headquarters, Jiading",
       "OEM partnerships and component sourcing from Europe", "Supplier audit of one Piemonte SME planned for 2020.",
       ("biopmed",), 2),
    _m(_CN, "cn_hd_fund", "2019-10-23 11:00", SHA, 45, "Lujiazui, Shanghai",
       "Investment in European medtech companies entering China",
       "Fund interested but asks for a Chinese joint venture; not pursued.", ("lyonbiopole",)),
    _m(_CN, "cn_dongfang_hospital", "2019-10-23 14:00", SHA, 60, "Hospital, Pudong",
       "Rehabilitation devices: clinical trials and hospital procurement in Shanghai",
       "Hospital ready to host a clinical evaluation; contact for the ethics committee given.", ("lsn",), 1),
    _m(_CN, "cn_hnmda", "2019-10-24 09:30", SHA, 60, "Association offices, Zhengzhou",
       "Henan's medical device industry and cooperation with European clusters",
       "MoU with Life Sciences Nord to be drafted.", ("lsn", "biopmed"), 2),
    _m(_CN, "cn_zz_cluster", "2019-10-24 11:00", SHA, 60, "Zhengzhou High-Tech Zone",
       "Cluster-to-cluster: the Zhengzhou biomedical cluster and MAGIA",
       "Collaboration agreement to be signed at the forum.", ("biopmed",), 2),
    _m(_CN, "cn_zz_promotion", "2019-10-24 14:30", SHA, 45, "Zhengzhou International Convention Centre",
       "Zhengzhou's international medical cooperation programme",
       "MAGIA invited to speak at the forum; delegation listed in the forum's B2B programme.", ("biopmed",)),
    _m(_CN, "cn_antai", "2019-10-24 16:00", SHA, 45, "Antai offices, Zhengzhou",
       "Distribution of European devices in Henan province", "Price lists requested from three SMEs.",
       ("lyonbiopole",), 2),
    _m(_CN, "cn_zz_hospital", "2019-10-25 14:00", SHA, 60, "Zhengzhou medical centre",
       "Smart-hospital pilots with European suppliers", "Pilot proposal for a digital-health SME to be sent.",
       ("biopmed", "lsn"), 1),
    _m(_CN, "cn_kangda", "2019-10-25 16:00", SHA, 45, "Forum B2B area, Zhengzhou",
       "Co-distribution of IVD kits in Europe and China", "Exchange of product catalogues.", ("biowin",), 1),
    _m("cmef", "cn_antai", "2019-05-15 10:00", SHA, 30, "MAGIA pavilion, NECC Shanghai",
       "Distribution of European devices in Henan province", "Invitation to visit Zhengzhou during the mission.",
       ("lyonbiopole",), 1),
    _m("cmef", "cn_liankang", "2019-05-15 14:00", SHA, 30, "MAGIA pavilion, NECC Shanghai",
       "Component sourcing from European suppliers", "Follow-up meeting in Shanghai in October.", ("biopmed",), 1),
    _m("cmef", "cn_maide", "2019-05-16 11:00", SHA, 30, "Maide stand, NECC Shanghai",
       "Imaging cooperation with European SMEs", "Contacts exchanged.", ("lyonbiopole",), 1),
)

# (mission, kind, title, start, start zone, end, end zone, place)
ITINERARY: tuple[tuple[str, str, str, str, str, str | None, str, str | None], ...] = (
    (_US, "flight", "Flight LH 422 Frankfurt (FRA) → Boston (BOS)", "2019-03-31 10:10", EUR, "2019-03-31 12:25",
     BOS, "Frankfurt Airport, Terminal 1"),
    (_US, "flight", "Flight AF 334 Paris (CDG) → Boston (BOS)", "2019-03-31 10:25", CET, "2019-03-31 12:30", BOS,
     "Paris-Charles de Gaulle, Terminal 2E"),
    (_US, "hotel", "Hotel: Seaport District, Boston (3 nights)", "2019-03-31 15:00", BOS, "2019-04-03 07:00", BOS,
     "Seaport Boulevard, Boston"),
    (_US, "other", "Delegation briefing dinner", "2019-03-31 19:00", BOS, "2019-03-31 21:30", BOS, "Boston"),
    (_US, "visit", "Visit: Longwood medical area innovation hub", "2019-04-01 12:15", BOS, "2019-04-01 13:45", BOS,
     "Longwood Avenue, Boston"),
    (_US, "other", "Networking reception with the Massachusetts medtech community", "2019-04-02 19:00", BOS,
     "2019-04-02 21:00", BOS, "Cambridge, MA"),
    (_US, "flight", "Flight DL 1471 Boston (BOS) → Minneapolis (MSP)", "2019-04-03 08:30", BOS, "2019-04-03 10:50",
     MSP, "Logan International Airport, Terminal A"),
    (_US, "hotel", "Hotel: downtown Minneapolis (2 nights)", "2019-04-03 12:00", MSP, "2019-04-05 11:00", MSP,
     "Nicollet Mall, Minneapolis"),
    (_US, "visit", "Visit: medical device prototyping lab", "2019-04-03 17:00", MSP, "2019-04-03 18:30", MSP,
     "Minneapolis"),
    (_US, "meeting", "Debriefing of the delegation", "2019-04-05 11:30", MSP, "2019-04-05 12:30", MSP,
     "Hotel meeting room, Minneapolis"),
    (_US, "flight", "Flight DL 160 Minneapolis (MSP) → Amsterdam (AMS)", "2019-04-05 15:40", MSP, "2019-04-06 07:05",
     CET, "Minneapolis-Saint Paul Airport"),
    (_CN, "flight", "Flight LH 728 Frankfurt (FRA) → Shanghai Pudong (PVG)", "2019-10-19 19:45", EUR,
     "2019-10-20 13:40", SHA, "Frankfurt Airport, Terminal 1"),
    (_CN, "flight", "Flight AF 116 Paris (CDG) → Shanghai Pudong (PVG)", "2019-10-19 23:20", CET, "2019-10-20 17:05",
     SHA, "Paris-Charles de Gaulle, Terminal 2E"),
    (_CN, "hotel", "Hotel: Pudong, Shanghai (3 nights)", "2019-10-20 15:00", SHA, "2019-10-23 16:00", SHA,
     "Century Avenue, Pudong"),
    (_CN, "other", "Welcome dinner with Shanghai partners", "2019-10-20 19:00", SHA, "2019-10-20 21:30", SHA,
     "The Bund, Shanghai"),
    (_CN, "visit", "Visit: Zhangjiang medical device park", "2019-10-21 15:10", SHA, "2019-10-21 16:15", SHA,
     "Zhangjiang Hi-Tech Park"),
    (_CN, "meeting", "Signing of the MoU MAGIA – 上海医疗器械行业协会", "2019-10-22 11:00", SHA, "2019-10-22 12:00",
     SHA, "Association offices, Xuhui, Shanghai"),
    (_CN, "other", "High-speed train G1952 Shanghai Hongqiao → Zhengzhou East", "2019-10-23 17:00", SHA,
     "2019-10-23 21:35", SHA, "Shanghai Hongqiao railway station"),
    (_CN, "hotel", "Hotel: Zhengdong New District, Zhengzhou (3 nights)", "2019-10-23 22:00", SHA,
     "2019-10-26 08:00", SHA, "Zhengdong New District, Zhengzhou"),
    (_CN, "visit", "Visit: incubator of the Zhengzhou High-Tech Zone", "2019-10-24 12:15", SHA, "2019-10-24 13:45",
     SHA, "Zhengzhou High-Tech Zone"),
    (_CN, "other", "Intelligent Health Industry International Forum: MAGIA session", "2019-10-25 09:00", SHA,
     "2019-10-25 12:30", SHA, "Zhengzhou International Convention Centre"),
    (_CN, "flight", "Flight MU 5358 Zhengzhou (CGO) → Shanghai Pudong (PVG)", "2019-10-26 08:30", SHA,
     "2019-10-26 10:15", SHA, "Zhengzhou Xinzheng Airport"),
    (_CN, "flight", "Flight LH 729 Shanghai Pudong (PVG) → Frankfurt (FRA)", "2019-10-26 13:30", SHA,
     "2019-10-26 18:25", EUR, "Shanghai Pudong Airport, Terminal 2"),
    ("cmef", "flight", "Flight AF 112 Paris (CDG) → Shanghai Pudong (PVG)", "2019-05-12 13:20", CET,
     "2019-05-13 06:50", SHA, "Paris-Charles de Gaulle, Terminal 2E"),
    ("cmef", "hotel", "Hotel near the National Exhibition and Convention Center (5 nights)", "2019-05-13 12:00", SHA,
     "2019-05-18 09:00", SHA, "Hongqiao, Shanghai"),
    ("cmef", "other", "Set-up of the MAGIA pavilion", "2019-05-13 14:00", SHA, "2019-05-13 18:00", SHA,
     "NECC Shanghai, hall 1.1"),
    ("cmef", "other", "Exhibition: CMEF spring 2019", "2019-05-14 09:00", SHA, "2019-05-17 17:00", SHA,
     "NECC Shanghai"),
    ("cmef", "flight", "Flight AF 111 Shanghai Pudong (PVG) → Paris (CDG)", "2019-05-18 12:50", SHA,
     "2019-05-18 19:15", CET, "Shanghai Pudong Airport, Terminal 1"),
)


def write_missions(ctx: Context, programme: Programme) -> dict[str, list[str]]:
    """Mission rows, itineraries, meetings and who attended them. Returns the meeting ids by mission."""
    rng = ctx.rng("missions")
    missions, items, meetings, attendees = [], [], [], []
    for key, (country, cities, zone) in MISSIONS.items():
        spec = SPECS[key]
        officer = ctx.officer_of(spec.organiser)
        missions.append((officer, {"id": programme.action_ids[key], "destination_country": country,
                                   "destination_cities": cities, "timezone": zone,
                                   "created_at": stamp(rng, spec.start - timedelta(days=60))}))
        for mission, kind, title, start, start_zone, end, end_zone, place in ITINERARY:
            if mission != key:
                continue
            items.append((officer, {
                "id": ctx.new_id(), "mission_id": programme.action_ids[key], "kind": kind, "title": title,
                "starts_at": wall(start, start_zone, zone), "ends_at": wall(end, end_zone, zone) if end else None,
                "place": place, "created_at": stamp(rng, spec.start - timedelta(days=rng.randint(10, 40)))}))
    ids: dict[str, list[str]] = {key: [] for key in MISSIONS}
    for meeting in MEETINGS:
        spec, zone = SPECS[meeting.mission], MISSIONS[meeting.mission][2]
        officer = ctx.officer_of(spec.organiser)
        org = ctx.refs[meeting.org]
        starts = wall(meeting.start, meeting.zone, zone)
        meeting_id = ctx.new_id()
        ids[meeting.mission].append(meeting_id)
        meetings.append((officer, {
            "id": meeting_id, "mission_id": programme.action_ids[meeting.mission], "organization_id": org.id,
            "starts_at": starts, "ends_at": starts + timedelta(minutes=meeting.minutes), "place": meeting.place,
            "topic": meeting.topic, "outcome": meeting.outcome,
            "created_at": stamp(rng, spec.start - timedelta(days=rng.randint(5, 30)))}))
        created = stamp(rng, starts.date())
        for contact in rng.sample(org.contacts, min(len(org.contacts), rng.choice((1, 1, 2)))):
            attendees.append((officer, {"id": ctx.new_id(), "meeting_id": meeting_id, "side": "met",
                                        "contact_id": contact, "officer_id": None, "created_at": created}))
        for partner in meeting.officers:
            attendees.append((officer, {"id": ctx.new_id(), "meeting_id": meeting_id, "side": "delegation",
                                        "contact_id": None, "officer_id": ctx.officers[partner],
                                        "created_at": created}))
        delegation = programme.delegations.get(meeting.mission, [])
        for _, contact in rng.sample(delegation, min(len(delegation), meeting.delegates)):
            attendees.append((officer, {"id": ctx.new_id(), "meeting_id": meeting_id, "side": "delegation",
                                        "contact_id": contact, "officer_id": None, "created_at": created}))
    ctx.writer.write_by_officer(Mission, missions)
    ctx.writer.write_by_officer(ItineraryItem, items)
    ctx.writer.write_by_officer(Meeting, meetings)
    ctx.writer.write_by_officer(MeetingAttendee, attendees)
    return ids
