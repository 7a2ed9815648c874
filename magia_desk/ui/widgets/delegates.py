"""How list cells paint: small badges for classes and statuses, and tooltips only where text was elided."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from magia_desk.ui.models.record_table import RecordTableModel
from magia_desk.ui.theme import badge_colours, muted_text

AnyIndex = QModelIndex | QPersistentModelIndex
CELL_MARGIN = 4  # Fusion's text margin inside a cell, on each side


def paint_badge(painter: QPainter, rect: QRect, option: QStyleOptionViewItem, badge: tuple[str, str, str]) -> None:
    """A rounded pill with the value's colours, then an optional muted note ("provisional")."""
    colour_key, text, note = badge
    font = option.font
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    metrics = QFontMetrics(font)
    height = metrics.height() + 2
    width = metrics.horizontalAdvance(text) + 14
    top = rect.top() + (rect.height() - height) / 2
    pill = QRectF(rect.left() + CELL_MARGIN + 1, top, width, height)
    fill, ink = badge_colours(colour_key)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(ink)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    if note:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else muted_text()
        painter.setPen(colour)
        note_rect = QRectF(pill.right() + 6, rect.top(), rect.right() - pill.right() - 6, rect.height())
        painter.drawText(note_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(note_rect.width())))
    painter.restore()


class RecordDelegate(QStyledItemDelegate):
    """Badges where the model gives BADGE_ROLE; plain elided text elsewhere."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        badge = model.cell_badge(index.row(), index.column()) if isinstance(model, RecordTableModel) else None
        if not badge:
            super().paint(painter, option, index)
            return
        # Let the style draw selection and focus, then the badge on top instead of the text.
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        paint_badge(painter, option.rect, option, badge)

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        model = index.model()
        if not isinstance(model, RecordTableModel):
            return super().helpEvent(event, view, option, index)
        tip = model.cell_tooltip(index.row(), index.column())
        if not tip:
            text = model.cell_text(index.row(), index.column())
            available = option.rect.width() - 2 * CELL_MARGIN
            if text and QFontMetrics(option.font).horizontalAdvance(str(text)) > available:
                tip = str(text)  # the cell shows it elided: the tooltip gives the whole text
        if tip:
            QToolTip.showText(event.globalPos(), str(tip), view)
        else:
            QToolTip.hideText()
        return True
