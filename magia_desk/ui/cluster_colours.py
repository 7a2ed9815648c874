"""The partner clusters' fixed colours (magia_desk.domain.palette) as QColors for the charts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from magia_desk.domain.palette import NO_PARTNER, partner_hex_colours


def partner_colours(partners: Iterable[tuple[str, str]]) -> dict[str, QColor]:
    """(partner cluster id, name) -> {id: colour}, stable for a given set of partners."""
    return {pid: QColor(hex_colour) for pid, hex_colour in partner_hex_colours(partners).items()}


def colour_for(cluster_id: str | None, colours: dict[str, QColor]) -> QColor:
    if cluster_id is None or cluster_id not in colours:
        return QColor(NO_PARTNER)
    return colours[cluster_id]
