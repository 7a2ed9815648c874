"""One fixed colour per partner cluster, shared by the screens and the reports (ui.md: the same colour always
means the same partner cluster across the app and the reports).

Partners are few (a partnership has 3 to 8) and rarely change, so a partner's colour is its position in the
partners sorted by name, then id: every chart and report that asks gets the same answer for the same store.
"""

from __future__ import annotations

from collections.abc import Iterable

# Okabe-Ito-like qualitative palette: distinguishable for colour-blind readers, on light and dark bases.
PARTNER_PALETTE: tuple[str, ...] = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#009e73",  # green
    "#cc79a7",  # pink
    "#56b4e9",  # sky
    "#d55e00",  # vermilion
    "#8c6d31",  # brown
    "#6a51a3",  # purple
)
NO_PARTNER = "#9aa0a6"  # records filed under no partner cluster


def partner_hex_colours(partners: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(partner cluster id, name) -> {id: "#rrggbb"}, stable for a given set of partners."""
    ordered = sorted(partners, key=lambda p: (p[1].casefold(), p[0]))
    return {pid: PARTNER_PALETTE[i % len(PARTNER_PALETTE)] for i, (pid, _name) in enumerate(ordered)}
