"""The agreement pipeline as a kanban board: a column per stage, a card per agreement, drag a card to move it.

Cards carry their agreement id in a QMimeData of their own type; a column accepting the drop emits
`moved(agreement_id, stage)` and the screen does the rest (asking for a signed-on date where needed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.agreements import STAGE_ORDER
from magia_desk.services.agreements import AgreementCard
from magia_desk.ui.labels import country_label, day, has_emoji_font, label
from magia_desk.ui.theme import accent

MIME_TYPE = "application/x-magia-agreement"
CARDS_PER_COLUMN = 150  # beyond this a column says how many more: the list view pages through them all
COLUMN_WIDTH = 210
CARD_WIDTH = COLUMN_WIDTH - 22  # the column's margins and the room a vertical scroll bar needs

# One quiet colour per stage for the column's top rule; closed outcomes are grey.
STAGE_COLOURS = {
    "identified": "#94a3b8", "contacted": "#60a5fa", "negotiating": "#818cf8", "draft": "#a78bfa",
    "signed": "#34d399", "active": "#10b981", "expired": "#9ca3af", "dropped": "#d1d5db",
}


def agreement_mime(agreement_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(agreement_id.encode()))
    return mime


def flags_of(countries: Sequence[str]) -> str:
    if has_emoji_font():
        return " ".join(country_label(c).split("  ")[0] for c in countries)
    return " ".join(countries)


class CardView(QFrame):
    """One agreement: title, type, parties with their flags, owner, signed-on or the expiry warning."""

    clicked = Signal(str)

    def __init__(self, card: AgreementCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.agreement_id = card.id
        self._press: QPoint | None = None
        self.setObjectName("agreement-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        title = QLabel(card.title, self)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        kind = QLabel(label(card.type) if card.type != "mou" else "MoU", self)
        kind.setProperty("role", "muted")
        parties_text = card.party_names if len(card.parties) <= 2 else (
            self.tr("{name} + %Ln more", "", len(card.parties) - 1).format(name=card.parties[0].name))
        parties = QLabel(f"{flags_of(card.countries)}  {parties_text}".strip() if card.parties
                         else self.tr("No parties yet"), self)
        parties.setWordWrap(True)
        parties.setToolTip("\n".join(f"{p.name} ({p.country or '?'})" for p in card.parties))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(kind)
        layout.addWidget(parties)
        owner = QLabel(card.owner_name or "", self)
        owner.setProperty("role", "muted")
        self.badge: QLabel | None = None
        when: QLabel | None = None
        if card.expiry_warning and card.expires_on is not None:
            self.badge = when = QLabel("⚠ " + self.tr("expires {date}").format(date=day(card.expires_on)), self)
            self.badge.setStyleSheet("background: #fdebd3; color: #8a4b08; border-radius: 7px; padding: 0 6px;")
            self.badge.setToolTip(self.tr("Active and expiring within 60 days: renew it or move it to expired"))
        elif card.signed_on is not None:
            when = QLabel(self.tr("signed {date}").format(date=day(card.signed_on)), self)
            when.setProperty("role", "muted")
        inner_width = CARD_WIDTH - 16
        if when is not None and owner.sizeHint().width() + 4 + when.sizeHint().width() > inner_width:
            layout.addWidget(owner)  # owner and date do not share a line (long names, long languages)
            layout.addWidget(when)
        else:
            foot = QHBoxLayout()
            foot.setSpacing(4)
            foot.addWidget(owner, 1)
            if when is not None:
                foot.addWidget(when)
            layout.addLayout(foot)
        # Wrapped labels only know their height for a given width: fix the width, then ask the layout.
        self.setFixedWidth(CARD_WIDTH)
        self.setFixedHeight(layout.totalHeightForWidth(CARD_WIDTH))
        self.set_selected(False)
        self.setAccessibleName(f"{card.title}, {label(card.stage)}")
        self.setToolTip(self.tr("Drag to another column to change the stage; click to see it"))

    def set_selected(self, selected: bool) -> None:
        border = accent().name() if selected else "palette(mid)"
        width = 2 if selected else 1
        self.setStyleSheet(f"QFrame#agreement-card {{ background: palette(base); border: {width}px solid {border};"
                           " border-radius: 6px; }")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.clicked.emit(self.agreement_id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(agreement_mime(self.agreement_id))
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


class StageColumn(QFrame):
    """A stage's column: its name and count on top, its cards under it, a drop target for cards."""

    moved = Signal(str, str)  # agreement id, this column's stage
    card_clicked = Signal(str)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[CardView] = []
        self.setAcceptDrops(True)
        self.setObjectName("stage-column")
        self.setFixedWidth(COLUMN_WIDTH)
        self.header = QLabel(self)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setStyleSheet(f"border-top: 3px solid {STAGE_COLOURS.get(stage, '#9ca3af')}; padding-top: 4px;")
        self.more = QLabel(self)
        self.more.setProperty("role", "muted")
        self.more.setWordWrap(True)
        self.more.hide()
        inner = QWidget()
        self.cards_layout = QVBoxLayout(inner)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.setSpacing(6)
        self.cards_layout.addWidget(self.more)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 2, 4)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self._highlight(False)
        self.set_cards([])

    def set_cards(self, cards: Sequence[AgreementCard], selected: str | None = None) -> None:
        for view in self.cards:
            view.setParent(None)
            view.deleteLater()
        self.cards = []
        for card in cards[:CARDS_PER_COLUMN]:
            view = CardView(card)
            view.clicked.connect(self.card_clicked)
            view.set_selected(card.id == selected)
            self.cards_layout.insertWidget(self.cards_layout.count() - 2, view)
            view.show()  # at once, not on the next event loop turn: no empty frame between two loads
            self.cards.append(view)
        hidden = len(cards) - len(self.cards)
        self.more.setText(self.tr("%Ln more: use the list to see them all", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.header.setText(f"{label(self.stage)}  ·  {len(cards)}")
        self.setAccessibleName(self.tr("{stage}: %Ln agreements", "", len(cards)).format(stage=label(self.stage)))

    def _highlight(self, on: bool) -> None:
        border = accent().name() if on else "transparent"
        self.setStyleSheet(f"QFrame#stage-column {{ background: palette(window); border: 2px dashed {border};"
                           " border-radius: 8px; }")

    @staticmethod
    def _carried(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(MIME_TYPE):
            return None
        return bytes(mime.data(MIME_TYPE).data()).decode() or None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carried(event):
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carried(event):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:  # type: ignore[override]
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        agreement_id = self._carried(event)
        if not agreement_id:
            event.ignore()
            return
        event.acceptProposedAction()
        if not any(view.agreement_id == agreement_id for view in self.cards):
            self.moved.emit(agreement_id, self.stage)


class AgreementBoard(QScrollArea):
    """The columns side by side, scrolling sideways when the window is narrow."""

    moved = Signal(str, str)
    card_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Agreement board"))
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.columns: dict[str, StageColumn] = {}
        for stage in STAGE_ORDER:
            column = StageColumn(stage.value, inner)
            column.moved.connect(self.moved)
            column.card_clicked.connect(self._clicked)
            row.addWidget(column)
            self.columns[stage.value] = column
        row.addStretch(1)
        self.setWidget(inner)
        self.selected: str | None = None
        self.loaded = False

    def show_cards(self, by_stage: dict[str, list[AgreementCard]]) -> None:
        for stage, column in self.columns.items():
            column.set_cards(by_stage.get(stage, []), self.selected)
        self.loaded = True

    def card(self, agreement_id: str) -> CardView | None:
        return next((v for c in self.columns.values() for v in c.cards if v.agreement_id == agreement_id), None)

    def select(self, agreement_id: str | None) -> None:
        self.selected = agreement_id
        for column in self.columns.values():
            for view in column.cards:
                view.set_selected(view.agreement_id == agreement_id)

    def _clicked(self, agreement_id: str) -> None:
        self.select(agreement_id)
        self.card_clicked.emit(agreement_id)
