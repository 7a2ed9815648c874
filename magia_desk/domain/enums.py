"""The vocabularies of domain.md. Values are stored as they are written here."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class OrgKind(StrEnum):
    SME = "sme"
    LARGE_COMPANY = "large_company"
    CLUSTER = "cluster"
    RESEARCH = "research"
    HOSPITAL = "hospital"
    PUBLIC_BODY = "public_body"
    INVESTOR = "investor"
    DISTRIBUTOR = "distributor"
    ASSOCIATION = "association"
    OTHER = "other"


class SizeClass(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class MarketStatus(StrEnum):
    INTERESTED = "interested"
    EXPLORING = "exploring"
    EXPORTING = "exporting"
    ESTABLISHED = "established"


class MarketNeed(StrEnum):
    FIND_DISTRIBUTOR = "find_distributor"
    FIND_TECHNOLOGY_PARTNER = "find_technology_partner"
    REGULATORY_APPROVAL = "regulatory_approval"
    FUNDING = "funding"
    MARKET_INTELLIGENCE = "market_intelligence"
    TRAINING = "training"
    OTHER = "other"


class ConsentStatus(StrEnum):
    UNKNOWN = "unknown"
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class ActionType(StrEnum):
    WORKING_GROUP = "working_group"
    SURVEY = "survey"
    TRAINING = "training"
    WEBINAR = "webinar"
    STUDY_VISIT = "study_visit"
    FACT_FINDING_MISSION = "fact_finding_mission"
    TRADE_SHOW = "trade_show"
    B2B_MEETINGS = "b2b_meetings"
    DISSEMINATION_EVENT = "dissemination_event"
    CONFERENCE = "conference"
    OTHER = "other"


MISSION_TYPES: frozenset[ActionType] = frozenset({ActionType.FACT_FINDING_MISSION, ActionType.TRADE_SHOW})


class Role(StrEnum):
    ATTENDEE = "attendee"
    SPEAKER = "speaker"
    DELEGATE = "delegate"
    RESPONDENT = "respondent"
    EXHIBITOR = "exhibitor"
    ORGANISER = "organiser"


class PortalStatus(StrEnum):
    DELIVERED = "delivered"
    ONGOING = "ongoing"
    POSTPONED = "postponed"


class PortalActivityType(StrEnum):
    CLUSTERING = "clustering_activities"
    EU_PROJECTS = "collaboration_with_eu_projects"
    CONFERENCES = "conferences"
    EDUCATION_TRAINING = "education_and_training_events"
    MEETINGS = "meetings"
    SCIENTIFIC_COLLABORATION = "other_scientific_collaboration"
    OTHER = "other"


# How each action type is reported on the EU portal unless the user overrides it.
PORTAL_ACTIVITY_BY_ACTION: dict[ActionType, PortalActivityType] = {
    ActionType.WORKING_GROUP: PortalActivityType.CLUSTERING,
    ActionType.SURVEY: PortalActivityType.OTHER,
    ActionType.TRAINING: PortalActivityType.EDUCATION_TRAINING,
    ActionType.WEBINAR: PortalActivityType.EDUCATION_TRAINING,
    ActionType.STUDY_VISIT: PortalActivityType.CLUSTERING,
    ActionType.FACT_FINDING_MISSION: PortalActivityType.MEETINGS,
    ActionType.TRADE_SHOW: PortalActivityType.CONFERENCES,
    ActionType.B2B_MEETINGS: PortalActivityType.MEETINGS,
    ActionType.DISSEMINATION_EVENT: PortalActivityType.CONFERENCES,
    ActionType.CONFERENCE: PortalActivityType.CONFERENCES,
    ActionType.OTHER: PortalActivityType.OTHER,
}


class AudienceType(StrEnum):
    INDUSTRY = "industry"
    INNOVATORS = "innovators"
    EU_INSTITUTIONS = "eu_institutions"
    AUTHORITIES = "authorities"
    CIVIL_SOCIETY = "civil_society"
    CITIZENS = "citizens"
    RESEARCH = "research_communities"
    END_USERS = "end_user_communities"
    INTERNATIONAL_ORGS = "international_organizations"
    INVESTORS = "investors"
    MEDIA = "media"
    OTHER = "other"


class ItineraryKind(StrEnum):
    FLIGHT = "flight"
    HOTEL = "hotel"
    VISIT = "visit"
    MEETING = "meeting"
    OTHER = "other"


class AgreementType(StrEnum):
    COLLABORATION_AGREEMENT = "collaboration_agreement"
    MOU = "mou"
    PARTNERSHIP_AGREEMENT = "partnership_agreement"
    LETTER_OF_INTENT = "letter_of_intent"
    DISTRIBUTION = "distribution"
    OTHER = "other"


class AgreementStage(StrEnum):
    IDENTIFIED = "identified"
    CONTACTED = "contacted"
    NEGOTIATING = "negotiating"
    DRAFT = "draft"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    DROPPED = "dropped"


SIGNED_STAGES: frozenset[AgreementStage] = frozenset(
    {AgreementStage.SIGNED, AgreementStage.ACTIVE, AgreementStage.EXPIRED}
)


class NoteKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    REMARK = "remark"


class Indicator(StrEnum):
    SMES_REACHED = "smes_reached"
    CLUSTERS_ENGAGED = "clusters_engaged"
    ACTIONS_HELD = "actions_held"
    MISSIONS = "missions"
    PARTICIPANTS = "participants"
    AUDIENCE_REACHED = "audience_reached"
    AGREEMENTS_SIGNED = "agreements_signed"
    LETTERS_OF_INTENT = "letters_of_intent"
    B2B_MEETINGS = "b2b_meetings"
    CLUSTER_MEETINGS = "cluster_meetings"


# How officers and the EU reports name each indicator.
INDICATOR_LABELS: dict[Indicator, str] = {
    Indicator.SMES_REACHED: "SMEs reached",
    Indicator.CLUSTERS_ENGAGED: "Clusters engaged",
    Indicator.ACTIONS_HELD: "Actions held",
    Indicator.MISSIONS: "Missions",
    Indicator.PARTICIPANTS: "Participants",
    Indicator.AUDIENCE_REACHED: "Audience reached",
    Indicator.AGREEMENTS_SIGNED: "Agreements signed",
    Indicator.LETTERS_OF_INTENT: "Letters of intent",
    Indicator.B2B_MEETINGS: "B2B meetings",
    Indicator.CLUSTER_MEETINGS: "Cluster meetings",
}


def parse_enum(enum: type[E], value: object, field: str) -> E:
    """Match a user-typed value to an enumeration, ignoring case, spaces, '-' and '_'."""
    from magia_desk.domain.errors import N_, ValidationError

    if isinstance(value, enum):
        return value
    key = normalise_enum_key(str(value or ""))
    for member in enum:
        if normalise_enum_key(member.value) == key or normalise_enum_key(member.name) == key:
            return member
    allowed = ", ".join(m.value for m in enum)
    raise ValidationError(field, N_("'{text}' is not one of: {allowed}"), value, text=value, allowed=allowed)


def normalise_enum_key(text: str) -> str:
    return "".join(ch for ch in text.strip().lower() if ch not in " -_")
