"""Reading an exchange workbook (xlsx, xlsm, xls, ods through python-calamine) or one sheet as csv.

Forgiving about form: headers match whatever their case, spaces, '-' or '_'; blank rows are skipped; text is
trimmed; a value in merged cells counts for every row of the merge; formulas count by their cached value;
dates may be date cells or text. A file of one sheet (csv, or a workbook whose only sheet has another name)
is recognised as organizations or contacts by its headers. Structural problems (a required column missing, a
column twice, an unreadable file) are reported, never raised.

The import wizard reads a file in two steps: `outline_file` (each sheet's headers and a few rows, to map
columns by hand, with `suggest_columns` proposing a column for each header) and `read_workbook(path,
mappings)`, which reads each sheet as its SheetMapping says instead of by sheet titles and header names.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook
from rapidfuzz import fuzz

from magia_desk.domain.errors import N_, Message
from magia_desk.services.exchange.plan import Problem
from magia_desk.services.exchange.schema import (
    CONTACTS,
    ORGANIZATIONS,
    SHEET_BY_NAME,
    SheetSpec,
    column_lookup,
    header_key,
    sheet_for_title,
)

# Sheets whose rows are matched to stored records by their content (VAT number, web domain, email, names):
# a file mapped by hand may leave out their ref column.
REF_OPTIONAL_WHEN_MAPPED = frozenset({ORGANIZATIONS, CONTACTS})

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
CSV_DELIMITERS = (",", ";", "\t", "|")
IGNORED_SHEETS = frozenset({"notes", "readme", "instructions", "lists"})


@dataclass
class SheetRows:
    spec: SheetSpec
    title: str  # as the file names it
    header_row: int
    columns: list[str]  # the spec's columns present, in file order
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, column -> value)


@dataclass
class WorkbookRows:
    path: Path
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # by the spec's sheet name
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class SheetMapping:
    """How to read one sheet of a file: as which sheet of the exchange workbook, and which header is which
    column. `columns` maps a header as the file writes it (trimmed) to a column name, or to None to leave it
    out; a header it does not name is matched by name as usual."""

    sheet: str
    columns: Mapping[str, str | None] = field(default_factory=dict)


def read_workbook(path: str | Path, mappings: Mapping[str, SheetMapping] | None = None) -> WorkbookRows:
    """Every sheet of the file as rows of named columns. With `mappings` (sheet title in the file -> how to
    read it) exactly the sheets named are read, as they say, and the others are left out."""
    source = Path(path)
    result = WorkbookRows(source)
    grids = _grids(source, result)
    if grids is None:
        return result
    non_empty = [(title, grid) for title, grid in grids if _header_index(grid) is not None]
    if mappings is not None:
        _read_mapped(non_empty, mappings, result)
        return result
    for title, grid in non_empty:
        spec = sheet_for_title(title)
        if spec is None and header_key(title) in IGNORED_SHEETS:
            continue
        if spec is None:
            if len(non_empty) == 1:
                spec = _recognise(grid)
            if spec is None:
                message = Message(N_("is not a sheet of the exchange workbook (expected Organizations, Contacts, "
                                     "Actions, Participations, Meetings, Agreements, ReportingPeriods or KpiTargets)"))
                (result.problems if len(non_empty) == 1 else result.warnings).append(
                    Problem(title, None, None, None,
                            message if len(non_empty) == 1 else Message(N_("{why}; ignored"), why=message)))
                continue
        if spec.name in result.sheets:
            result.problems.append(Problem(title, None, None, None,
                                           Message(N_("a second {sheet} sheet; keep one"), sheet=spec.name)))
            continue
        result.sheets[spec.name] = _to_rows(spec, title, grid, result)
    if not result.sheets and not result.problems:
        result.problems.append(Problem(source.name, None, None, None,
                                       Message(N_("holds no sheet of the exchange workbook"))))
    return result


def _read_mapped(grids: list[tuple[str, list[list[Any]]]], mappings: Mapping[str, SheetMapping],
                 result: WorkbookRows) -> None:
    found = {title for title, _ in grids}
    for title in mappings:
        if title not in found:
            result.problems.append(Problem(title, None, None, None, Message(N_("no such sheet with data in the file"))))
    for title, grid in grids:
        mapping = mappings.get(title)
        if mapping is None:
            continue
        spec = SHEET_BY_NAME.get(mapping.sheet)
        if spec is None:
            result.problems.append(Problem(title, None, None, mapping.sheet,
                                           Message(N_("is not a sheet of the exchange workbook"))))
            continue
        if spec.name in result.sheets:
            result.problems.append(Problem(title, None, None, None,
                                           Message(N_("a second {sheet} sheet; keep one"), sheet=spec.name)))
            continue
        result.sheets[spec.name] = _to_rows(spec, title, grid, result, mapping)
    if not result.sheets and not result.problems:
        result.problems.append(Problem(result.path.name, None, None, None,
                                       Message(N_("no sheet was chosen for the import"))))


# ---- what the wizard shows before it reads: headers, a few rows, suggested columns ------------------------


@dataclass
class SheetOutline:
    title: str  # as the file names it
    spec: str | None  # the sheet of the exchange workbook it is recognised as (by title or headers), if any
    header_row: int
    headers: list[str]  # trimmed text of each non-blank header cell, in file order
    samples: list[list[str]]  # the first rows under the header, cells as text, aligned with `headers`
    rows: int  # non-blank rows under the header


@dataclass
class FileOutline:
    path: Path
    sheets: list[SheetOutline] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_exchange_workbook(self) -> bool:
        """A workbook whose sheets are named as the exchange workbook names them (what export writes)."""
        return any(sheet_for_title(s.title) is not None for s in self.sheets)


def outline_file(path: str | Path, sample_rows: int = 5) -> FileOutline:
    """The sheets of a file with data, their headers and first rows; problems when it cannot be read."""
    source = Path(path)
    result = WorkbookRows(source)
    outline = FileOutline(source)
    grids = _grids(source, result)
    outline.problems = result.problems
    if grids is None:
        return outline
    non_empty = [(title, grid) for title, grid in grids if _header_index(grid) is not None]
    for title, grid in non_empty:
        index = _header_index(grid) or 0
        spec = sheet_for_title(title)
        if spec is None and header_key(title) in IGNORED_SHEETS:
            continue
        if spec is None and len(non_empty) == 1:
            spec = _recognise(grid)
        positions = [p for p, cell in enumerate(grid[index]) if not _blank(cell)]
        body = [row for row in grid[index + 1:] if any(not _blank(v) for v in row)]
        samples = [[_text(row[p]) if p < len(row) else "" for p in positions] for row in body[:sample_rows]]
        outline.sheets.append(SheetOutline(title, spec.name if spec else None, index + 1,
                                           [str(grid[index][p]).strip() for p in positions], samples, len(body)))
    if not outline.sheets and not outline.problems:
        outline.problems.append(Problem(source.name, None, None, None, Message(N_("holds no data"))))
    return outline


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# Headers officers write in their own language or habits, for the suggestions (keys as `_fold` gives them).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    ORGANIZATIONS: {
        "name": ("company", "companyname", "organisation", "organization", "organizationname", "ragionesociale",
                 "denominazione", "azienda", "raisonsociale", "entreprise", "societe", "firma", "firmenname",
                 "unternehmen"),
        "kind": ("type", "category", "tipo", "categoria", "categorie", "typ", "art"),
        "country": ("pays", "paese", "nazione", "land", "stato", "nation"),
        "region": ("province", "provincia", "regione", "bundesland", "state"),
        "city": ("town", "ville", "citta", "comune", "localita", "stadt", "ort"),
        "website": ("site", "siteweb", "siteinternet", "sitoweb", "sito", "webseite", "homepage", "internet"),
        "vat_number": ("vatid", "taxid", "tva", "numerotva", "partitaiva", "piva", "ustidnr", "ustid", "mwst",
                       "siret", "codicefiscale"),
        "employees": ("staff", "headcount", "salaries", "effectif", "dipendenti", "addetti", "mitarbeiter",
                      "beschaftigte"),
        "turnover_meur": ("turnover", "revenue", "chiffredaffaires", "fatturato", "umsatz"),
        "balance_sheet_meur": ("balancesheet", "totalbilan", "bilancio", "bilanzsumme"),
        "sectors": ("sector", "industry", "secteur", "settore", "branche"),
        "certifications": ("certification", "certificazioni", "zertifizierungen"),
        "member_of": ("cluster", "clusters", "membership"),
        "notes": ("note", "remarks", "comments", "commentaires", "commenti", "bemerkungen", "notizen"),
    },
    CONTACTS: {
        "first_name": ("firstname", "forename", "prenom", "nome", "vorname"),
        "last_name": ("lastname", "nom", "cognome", "nachname"),
        "organization": ("entreprise", "societe", "azienda", "firma", "unternehmen", "organisation"),
        "job_title": ("title", "role", "fonction", "poste", "ruolo", "qualifica", "funktion"),
        "email": ("courriel", "emailadresse", "postaelettronica", "adressemail"),
        "phone": ("telephone", "telefono", "telefon", "cellulare", "portable", "handy"),
        "languages": ("language", "langues", "lingue", "sprachen"),
        "country": ("pays", "paese", "nazione", "land"),
        "gender": ("sex", "sexe", "genre", "sesso", "geschlecht"),
        "notes": ("note", "remarks", "comments", "commentaires", "commenti", "bemerkungen", "notizen"),
    },
}
SUGGEST_SCORE = 75.0  # below this similarity a header is left unmapped rather than guessed


def _fold(text: object) -> str:
    """'Prénom' -> 'prenom', 'Città' -> 'citta': header_key after taking accents off."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return header_key("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def suggest_columns(sheet: str, headers: Sequence[str]) -> dict[str, tuple[str | None, float]]:
    """For each header, the column it most likely is and how sure (100: its name or an alias; else the
    similarity of the header to a column's name, aliases or usual synonyms). Two headers never get one column:
    the surer suggestion wins."""
    spec = SHEET_BY_NAME[sheet]
    lookup = column_lookup(spec)
    names: dict[str, set[str]] = {c.name: {header_key(c.name), *map(header_key, c.aliases)} for c in spec.columns}
    for column, words in SYNONYMS.get(sheet, {}).items():
        names[column] |= set(words)
    scored: list[tuple[float, int, str]] = []
    for position, header in enumerate(headers):
        exact = lookup.get(header_key(header))
        if exact is not None:
            scored.append((100.0, position, exact))
            continue
        key = _fold(header)
        for column, keys in names.items():
            score = 100.0 if key in keys else max(float(fuzz.ratio(key, k)) for k in keys) if key else 0.0
            if score >= SUGGEST_SCORE:
                scored.append((min(score, 99.0), position, column))
    chosen: dict[int, tuple[str, float]] = {}
    taken: set[str] = set()
    for score, position, column in sorted(scored, key=lambda item: (-item[0], item[1])):
        if position not in chosen and column not in taken:
            chosen[position] = (column, score)
            taken.add(column)
    return {header: chosen.get(position, (None, 0.0)) for position, header in enumerate(headers)}


def guess_sheet(headers: Sequence[str]) -> str | None:
    """Organizations or contacts, for a sheet whose headers are not the workbook's: the one whose required
    columns the suggestions cover best (None when they cover none)."""
    best: tuple[float, str] | None = None
    for sheet in (CONTACTS, ORGANIZATIONS):
        suggested = {column for column, _ in suggest_columns(sheet, headers).values() if column}
        required = [c for c in SHEET_BY_NAME[sheet].required if c != "ref"]
        covered = sum(1 for c in required if c in suggested) / len(required)
        if covered and (best is None or covered > best[0]):
            best = (covered, sheet)
    return best[1] if best else None


# ---- files -> grids (lists of rows of cell values, row 1 first) -------------------------------------------


def _grids(source: Path, result: WorkbookRows) -> list[tuple[str, list[list[Any]]]] | None:
    try:
        return _read_csv(source) if source.suffix.lower() in CSV_SUFFIXES else _read_spreadsheet(source, result)
    except Exception as exc:  # any failure of the readers is a problem with the file, reported as such
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        result.problems.append(Problem(source.name, None, None, None,
                                       Message(N_("cannot be read as a spreadsheet ({reason})"), reason=detail)))
        return None



def _read_spreadsheet(path: Path, result: WorkbookRows) -> list[tuple[str, list[list[Any]]]]:
    grids = []
    with CalamineWorkbook.from_path(str(path)) as workbook:
        for name in workbook.sheet_names:
            try:
                sheet = workbook.get_sheet_by_name(name)
                # skip_empty_area=False: row i of the grid is spreadsheet row i + 1, so problems name the real row.
                # Its rows are new lists, ours to fill in (_fill_merged): no copy needed.
                grid: list[list[Any]] = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or []
            except Exception as exc:  # a chart sheet, a damaged sheet: the others may still be fine
                known = sheet_for_title(name) is not None
                (result.problems if known else result.warnings).append(
                    Problem(name, None, None, None, Message(N_("cannot be read ({reason})"), reason=exc) if known
                            else Message(N_("cannot be read ({reason}); ignored"), reason=exc)))
                continue
            _fill_merged(grid, merged)
            grids.append((name, grid))
    return grids


def _fill_merged(grid: list[list[Any]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """A value typed once over merged rows holds for each of them (e.g. one organization for three people).

    Only the merge's first column is filled: a merge across columns is layout, not several values.
    """
    for (top, left), (bottom, _right) in ranges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top + 1, min(bottom, len(grid) - 1) + 1):
            cells = grid[row]
            if len(cells) <= left:
                cells.extend([""] * (left + 1 - len(cells)))
            if cells[left] in ("", None):
                cells[left] = value


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # what Excel writes as "CSV" on Western European Windows
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # never fails: the 5 bytes cp1252 leaves undefined


def _sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the header line most often (outside quotes)."""
    line = next((candidate for candidate in text.splitlines() if candidate.strip()), "")
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> list[tuple[str, list[list[Any]]]]:
    text = _decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    return [(path.stem, [list(row) for row in reader])]


# ---- grid -> rows of named columns ------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(grid: list[list[Any]]) -> int | None:
    for index, row in enumerate(grid):
        if any(not _blank(v) for v in row):
            return index
    return None


def _recognise(grid: list[list[Any]]) -> SheetSpec | None:
    """Organizations or contacts, from the headers of a lone sheet: the one whose required columns are there."""
    index = _header_index(grid)
    keys = {header_key(v) for v in grid[index]} if index is not None else set()
    best: tuple[int, SheetSpec] | None = None
    for name in (CONTACTS, ORGANIZATIONS):  # contacts first: both have a 'country', only people have names split
        spec = SHEET_BY_NAME[name]
        lookup = column_lookup(spec)
        present = {lookup[k] for k in keys if k in lookup}
        if {c for c in spec.required if c != "ref"} <= present:
            score = len(present)
            if best is None or score > best[0]:
                best = (score, spec)
    return best[1] if best else None


def _to_rows(spec: SheetSpec, title: str, grid: list[list[Any]], result: WorkbookRows,
             mapping: SheetMapping | None = None) -> SheetRows:
    header_index = _header_index(grid) or 0  # callers pass non-empty grids only
    header_row = header_index + 1
    lookup = column_lookup(spec)
    positions: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for position, cell in enumerate(grid[header_index]):
        if _blank(cell):
            continue
        header = str(cell).strip()
        if mapping is not None and header in mapping.columns:
            name = mapping.columns[header]
            if name is None:
                continue  # left out on purpose
            if name not in spec.names:
                result.problems.append(Problem(spec.name, header_row, header, name,
                                               Message(N_("is not a column of the {sheet} sheet"), sheet=spec.name)))
                continue
        else:
            name = lookup.get(header_key(cell))
        if name is None:
            result.warnings.append(Problem(spec.name, header_row, str(cell).strip(), None,
                                           Message(N_("unknown column; ignored"))))
            continue
        if name in seen:
            result.problems.append(Problem(spec.name, header_row, name, str(cell).strip(),
                                           Message(N_("column given twice (also column {column})"),
                                                   column=seen[name] + 1)))
            continue
        seen[name] = position
        positions.append((position, name))
    required = spec.required
    if mapping is not None and spec.name in REF_OPTIONAL_WHEN_MAPPED:
        required = [name for name in required if name != "ref"]
    missing = [name for name in required if name not in seen]
    for name in missing:
        result.problems.append(Problem(spec.name, header_row, name, None, Message(N_("required column is missing"))))
    sheet = SheetRows(spec, title, header_row, [name for _, name in positions])
    width = max((p for p, _ in positions), default=-1) + 1
    for index in range(header_index + 1, len(grid)):
        cells = grid[index]
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        # Text trimmed, blank text None; inline because this runs for every cell (800k in a 50k-row sheet) and a
        # function call per cell was a quarter of the time.
        values = {name: (raw.strip() or None) if isinstance(raw := cells[position], str) else raw
                  for position, name in positions}
        # A blank row, or one with text only in ignored columns, is left out. any() settles almost every row
        # at its first value; only rows of falsy values (0, False, None) need the exact test.
        if not any(values.values()) and all(v is None for v in values.values()):
            continue
        sheet.rows.append((index + 1, values))
    return sheet
