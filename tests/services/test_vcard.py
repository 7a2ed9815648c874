"""vCard import: 2.1 quoted-printable, 3.0 and 4.0 cards, accented and Chinese names, matched not duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

from magia_desk.domain.errors import MagiaError, NotFoundError
from magia_desk.services import missions, participations
from magia_desk.services.contacts import create_contact
from magia_desk.services.organizations import create_organization
from magia_desk.services.vcard import VCardError, import_vcards, parse_vcards
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.store import Store

# Three cards in one file, as a phone exports them (CRLF, 3.0 and 4.0 mixed).
MULTI = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;François;;;\r\nFN:François Lefèvre\r\n"
    "ORG:Cardio SAS;R&D\r\nTITLE:Directeur général\r\nEMAIL;TYPE=INTERNET,HOME:f.lefevre@gmail.com\r\n"
    "EMAIL;TYPE=INTERNET,WORK,PREF:francois.lefevre@cardio.fr\r\nTEL;TYPE=WORK:04 78 12 34 56\r\n"
    "ADR;TYPE=WORK:;;12 rue de la République;Lyon;;69002;France\r\nURL:www.cardio.fr\r\n"
    "NOTE:Met at booth 7\\, wants MDR help\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:张;伟;;;\r\nFN:张伟\r\nORG:上海医疗器械有限公司\r\nTITLE:总经理\r\n"
    "EMAIL;TYPE=work:zhang.wei@shmed.cn\r\nTEL;TYPE=cell;VALUE=uri:tel:+86-138-0013-8000\r\n"
    "ADR;TYPE=work:;;1 Century Ave;上海;;200120;China\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Søren Østergaard\r\nORG:Nordic Implants\r\n"
    "EMAIL:not an email\r\nADR:;;;København;;;Denmark\r\nEND:VCARD\r\n"
)
# vCard 2.1 with quoted-printable UTF-8 and a soft line break inside the company name.
QP_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Medizintechnik M=C3=BCnchen Gmb=\r\nH\r\n"
    "TITLE:CTO\r\nTEL;WORK;VOICE:+49 89 1234567\r\nEMAIL;INTERNET:j.mueller@mtm-muenchen.de\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 1;M=C3=BCnchen;;80331;Deutschland\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    multi = tmp_path / "leads.vcf"
    multi.write_bytes(MULTI.encode("utf-8"))
    qp = tmp_path / "mueller.vcf"
    qp.write_bytes(QP_21.encode("ascii"))
    return {"multi": multi, "qp": qp}


def test_parse_reads_every_version_and_encoding(files: dict[str, Path]) -> None:
    lefevre, zhang, soren = parse_vcards(files["multi"].read_bytes(), "leads.vcf")
    assert (lefevre.first_name, lefevre.last_name, lefevre.organization) == ("François", "Lefèvre", "Cardio SAS")
    assert lefevre.emails[0] == "francois.lefevre@cardio.fr"  # the preferred one first
    assert (lefevre.city, lefevre.country, lefevre.note) == ("Lyon", "France", "Met at booth 7, wants MDR help")
    assert (zhang.first_name, zhang.last_name, zhang.organization, zhang.job_title) == (
        "伟", "张", "上海医疗器械有限公司", "总经理")
    assert zhang.phones == ["+86-138-0013-8000"]
    assert (soren.first_name, soren.last_name, soren.source) == ("Søren", "Østergaard", "leads.vcf, card 3")
    (mueller,) = parse_vcards(files["qp"].read_bytes())
    assert (mueller.first_name, mueller.last_name) == ("Jürgen", "Müller")
    assert mueller.organization == "Medizintechnik München GmbH"
    assert (mueller.city, mueller.country, mueller.phones) == ("München", "Deutschland", ["+49 89 1234567"])
    latin1 = parse_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gon\xe7alves;In\xeas\r\nEND:VCARD\r\n".encode("latin-1"))
    assert (latin1[0].first_name, latin1[0].last_name) == ("Inês", "Gonçalves")
    with pytest.raises(VCardError, match="no vCard"):
        parse_vcards(b"hello", "notes.txt")


def test_import_matches_known_people_and_companies(store: Store, files: dict[str, Path]) -> None:
    cardio = create_organization(store, {"kind": "sme", "name": "Cardio", "country": "FR"})
    known = create_contact(store, {"first_name": "Jürgen", "last_name": "Müller", "email": "J.Mueller@mtm-muenchen.de"})
    show = missions.create_mission(store, {"type": "trade_show", "title": "MEDICA 2019", "start_date": "2019-11-18"})

    result = import_vcards(store, [files["multi"], files["qp"]], trade_show_id=show)
    assert result.cards == 4 and result.skipped == []
    assert (result.contacts_created, result.contacts_matched) == (3, 1)
    assert (result.organizations_created, result.organizations_matched) == (3, 1)
    assert result.participations_added == 4
    assert any("not an email" in w for w in result.warnings)
    with store.read() as session:
        people = {f"{c.first_name} {c.last_name}": c for c in session.query(Contact).all()}
        companies = {o.name: o for o in session.query(Organization).all()}
    assert set(people) == {"François Lefèvre", "伟 张", "Søren Østergaard", "Jürgen Müller"}
    lefevre = people["François Lefèvre"]
    assert lefevre.organization_id == cardio  # "Cardio SAS" on the card is the known "Cardio"
    assert (lefevre.email, lefevre.phone, lefevre.job_title) == ("francois.lefevre@cardio.fr", "+33478123456",
                                                                 "Directeur général")
    zhang = people["伟 张"]
    assert (zhang.email, zhang.phone, zhang.country) == ("zhang.wei@shmed.cn", "+8613800138000", "CN")
    assert companies["上海医疗器械有限公司"].country == "CN"
    assert companies["Nordic Implants"].country == "DK" and people["Søren Østergaard"].email is None
    assert people["Jürgen Müller"].id == known  # matched by email, phone and title filled in
    assert (people["Jürgen Müller"].phone, people["Jürgen Müller"].job_title) == ("+49891234567", "CTO")
    assert companies["Medizintechnik München GmbH"].country == "DE"
    participants = participations.participant_rows(store, show)
    assert {p.contact for p in participants} == {"François Lefèvre", "张伟", "Søren Østergaard", "Jürgen Müller"}

    # The same files again: nothing new.
    again = import_vcards(store, [files["multi"].read_bytes(), files["qp"]], trade_show_id=show)
    assert (again.contacts_created, again.organizations_created, again.participations_added) == (0, 0, 0)
    with store.read() as session:
        assert session.query(Contact).count() == 4 and session.query(Organization).count() == 4


def test_import_is_all_or_nothing(store: Store, files: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        import_vcards(store, files["multi"], trade_show_id="no-such-show")
    with pytest.raises(MagiaError, match="cannot be read"):
        import_vcards(store, [files["multi"], tmp_path / "missing.vcf"])
    with store.read() as session:
        assert session.query(Contact).count() == 0 and session.query(Organization).count() == 0


def test_cards_without_anyone_are_skipped(store: Store) -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:blank\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cher\r\nEND:VCARD\r\n")
    result = import_vcards(store, data)
    assert result.cards == 2 and len(result.skipped) == 1 and result.contacts_created == 1
    assert any("one name only" in w for w in result.warnings)
