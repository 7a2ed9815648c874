"""Trade-show capture mode: one compact form for a stand, a lead in a few seconds, Enter saves and clears.

The company field suggests known organizations as you type (arrows + Enter, or a click), so that a known
company is picked rather than created twice. Everything runs on the local store: no network needed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import RecordInvalid
from magia_desk.domain.records import split_list
from magia_desk.services import capture as cap
from magia_desk.services import vcard
from magia_desk.services.i18n import translate_message
from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error, user_message
from magia_desk.ui.labels import country_label, label, number
from magia_desk.ui.widgets.pickers import ChoiceCombo, DateField, RecordPicker

CHANGED_KINDS = frozenset({"organization", "contact", "participation", "note", "task", "market_interest"})
ROLE_CHOICES = [("attendee", QT_TRANSLATE_NOOP("CaptureDialog", "Visitor")),
                ("exhibitor", QT_TRANSLATE_NOOP("CaptureDialog", "Exhibitor"))]


def suggestions(store: Store, text: str) -> list[tuple[str, str, str]]:
    """(id, name, "Kind, City, Country") of known organizations for the company field."""
    return [(s.id, s.name, ", ".join(p for p in (label(s.kind), s.city, country_label(s.country)) if p))
            for s in cap.suggest_organizations(store, text)]


class CaptureDialog(QDialog):
    _open: dict[str, CaptureDialog] = {}  # one capture window per trade show

    @classmethod
    def show_for(cls, ctx: AppContext, trade_show_id: str, title: str, parent: QWidget | None) -> CaptureDialog:
        dialog = cls._open.get(trade_show_id)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            dialog = cls(ctx, trade_show_id, title, parent)
            cls._open[trade_show_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def __init__(self, ctx: AppContext, trade_show_id: str, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trade_show_id = trade_show_id
        self.captured = 0
        self.last_result: cap.CaptureResult | None = None
        self.import_result: vcard.ImportResult | None = None
        self.setWindowTitle(self.tr("Capture leads — {title}").format(title=title) if title
                            else self.tr("Capture leads"))
        self.setModal(False)  # officers switch to the app to look something up and come back
        self.resize(460, 0)

        self.heading = QLabel(title or self.tr("Trade show"), self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.count_label.setAccessibleName(self.tr("Leads captured"))

        self.company = RecordPicker(ctx.tasks, lambda text: suggestions(ctx.store, text),
                                    self.tr("Type a company: known ones are suggested"), self)
        self.company.suggestions.activated.connect(lambda _text: QTimer.singleShot(0, self._after_pick))
        self.company.suggestions.setMaxVisibleItems(8)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.job_title = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("name@example.com")  # not translated: an address, not words
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+86 21 1234 5678")
        self.markets = QLineEdit(self)
        self.markets.setPlaceholderText(self.tr("Target countries: IT, DE…"))
        self.sectors = QLineEdit(self)
        self.sectors.setPlaceholderText(self.tr("Interests: medical devices, diagnostics…"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What you talked about"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setPlaceholderText(self.tr("Follow-up task, e.g. Send the brochure"))
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Follow-up due date"))
        self.role = ChoiceCombo([(value, QCoreApplication.translate("CaptureDialog", text))
                                 for value, text in ROLE_CHOICES], parent=self)

        name_row = QHBoxLayout()
        name_row.addWidget(self.first_name)
        name_row.addWidget(self.last_name)
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name.setPlaceholderText(self.tr("Last name"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addWidget(self.due)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels (German) go above the field
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("&Company"), self.company),
            (self.tr("&Person"), name_row),
            (self.tr("&Job title"), self.job_title),
            (self.tr("&Email"), self.email),
            (self.tr("P&hone"), self.phone),
            (self.tr("&Markets"), self.markets),
            (self.tr("&Interests"), self.sectors),
            (self.tr("&Note"), self.note),
            (self.tr("&Follow-up"), follow_row),
            (self.tr("&Role"), self.role),
        ]
        for text, widget in rows:
            caption = QLabel(text, self)
            if isinstance(widget, QWidget):
                caption.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", ""))
                form.addRow(caption, widget)
            else:
                caption.setBuddy(widget.itemAt(0).widget())
                form.addRow(caption, widget)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.follow_up.setAccessibleName(self.tr("Follow-up"))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last lead"))
        self.save_button = QPushButton(self.tr("Save lead"), self)
        self.save_button.setToolTip(self.tr("Save and clear for the next lead (Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip(self.tr("Start again without saving (Ctrl+Backspace)"))
        self.clear_button.clicked.connect(self.clear)
        self.import_button = QPushButton(self.tr("Import vCards…"), self)
        self.import_button.setAutoDefault(False)
        self.import_button.setToolTip(self.tr("Import one or many .vcf files; known people and companies are "
                                              "matched"))
        self.import_button.clicked.connect(self.import_vcards)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for field in (self.company, self.first_name, self.last_name, self.job_title, self.email, self.phone,
                      self.markets, self.sectors, self.note, self.follow_up):
            field.returnPressed.connect(self._enter)
        QShortcut(QKeySequence("Ctrl+Backspace"), self, self.clear)
        self._update_count()
        self.company.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- flow ----------------------------------------------------------------------------------------------

    def _after_pick(self) -> None:
        """A company chosen from the suggestions: on to the person."""
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter(self) -> None:
        if self.company.suggestions.popup().isVisible():
            return  # Enter picks the highlighted suggestion; the next Enter saves
        self.save()

    def lead(self) -> cap.LeadInput:
        chosen = self.company.chosen_id
        return cap.LeadInput(
            organization_id=chosen,
            organization_name="" if chosen else self.company.text().strip(),
            first_name=self.first_name.text().strip(), last_name=self.last_name.text().strip(),
            email=self.email.text().strip() or None, phone=self.phone.text().strip() or None,
            job_title=self.job_title.text().strip() or None,
            markets=split_list(self.markets.text()), sectors=split_list(self.sectors.text()),
            note=self.note.text(), follow_up_title=self.follow_up.text(), follow_up_due=self.due.value(),
            role=self.role.value() or "attendee",
        )

    def save(self) -> bool:
        lead = self.lead()
        if not lead.organization_id and not lead.organization_name and not any(
                (lead.first_name, lead.last_name, lead.email, lead.phone)):
            self.company.setFocus()
            return False
        store, show = self.ctx.store, self.trade_show_id
        try:
            result = self.ctx.operations.perform(lambda: cap.capture_lead(store, show, lead), CHANGED_KINDS)
        except RecordInvalid as exc:
            self._say(user_message(exc), error=True)
            return False
        except Exception as exc:
            show_error(self, exc, self.tr("Saving the lead"))
            return False
        self.captured += 1
        self.last_result = result
        who = " ".join(p for p in (lead.first_name, lead.last_name) if p) or lead.email or ""
        company = self.company.text().strip()
        names = ", ".join(p for p in (who, company) if p)
        new = [w for w, created in ((self.tr("new company"), result.organization_created),
                                    (self.tr("new contact"), result.contact_created)) if created]
        if new:
            self._say(self.tr("✓ Saved {names} — {created}").format(names=names, created=", ".join(new)))
        else:
            self._say(self.tr("✓ Saved {names} (already known)").format(names=names))
        self.clear()
        return True

    def clear(self) -> None:
        self.company.set_value(None)
        self.company.suggestions.popup().hide()
        for field in (self.first_name, self.last_name, self.job_title, self.email, self.phone, self.markets,
                      self.sectors, self.note, self.follow_up):
            field.clear()
        self.due.set_value(None)
        self._update_count()
        self.company.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "color: palette(text);")

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln leads captured", "", self.captured))

    # ---- vCards --------------------------------------------------------------------------------------------

    def import_vcards(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import vCards"), "",
                                                      self.tr("vCards (*.vcf *.vcard);;All files (*)"))
        if not paths:
            return
        store, show = self.ctx.store, self.trade_show_id
        role = self.role.value() or "attendee"
        self.import_button.setEnabled(False)
        self._say(self.tr("Importing %Ln files…", "", len(paths)))
        self.ctx.tasks.run(lambda: vcard.import_vcards(store, paths, show, role=role), self._imported,
                           on_error=self._import_failed, owner=self, label=self.tr("Importing vCards"))

    def _imported(self, result: vcard.ImportResult) -> None:
        self.import_button.setEnabled(True)
        self.import_result = result
        self.ctx.operations.changed(CHANGED_KINDS)
        people = len(result.contact_ids)
        self.captured += people
        self._update_count()
        parts = [self.tr("✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies", "",
                         result.cards).format(new_contacts=number(result.contacts_created),
                                              known=number(result.contacts_matched),
                                              new_companies=number(result.organizations_created))]
        if result.skipped:
            parts.append(self.tr("%Ln skipped (no name, email or company)", "", len(result.skipped)))
        if result.warnings:
            parts.append(self.tr("%Ln values left out", "", len(result.warnings)))
        self._say("; ".join(parts))
        self.message.setToolTip("\n".join(translate_message(line) for line in result.skipped + result.warnings))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._say("")
        show_error(self, exc, self.tr("Importing vCards"))

    def closeEvent(self, event: object) -> None:
        type(self)._open.pop(self.trade_show_id, None)
        super().closeEvent(event)  # type: ignore[arg-type]
