"""Organisations: the list and the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import PARENT_KINDS, OrgKind
from desktop.core.services.admin.orgs import OrgForm, OrgRow, list_orgs, org_choices, save_org
from desktop.ui.labels import org_kind_label, yes_no
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "OrgsPage"
COLUMNS: list[Column[OrgRow]] = [
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Kind"), lambda r: org_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Belongs to"), lambda r: r.parent_name or ""),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Region"), lambda r: r.region_code or ""),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Contact"), lambda r: r.contact_person),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("OrgsPage", "Active"), lambda r: yes_no(r.active)),
]
# Every kind an organisation can belong to: read once when the form opens.
PARENT_CHOICES: tuple[OrgKind, ...] = tuple(sorted(set().union(*PARENT_KINDS.values())))


def orgs_page(backend: Backend) -> ListPage:
    model: PagedTableModel[OrgRow] = PagedTableModel(
        CTX, COLUMNS, lambda q: Op(page, backend, list_orgs, q), lambda r: r.code)
    page = ListPage(QCoreApplication.translate("AdminPages", "Organisations"), model)

    def open_row(row: OrgRow | None) -> None:
        Op(page, backend, org_choices, PARENT_CHOICES).done(
            lambda parents: run_form(OrgDialog(backend, row, parents, page),
                                     lambda _saved: None)).run()

    page.open_with(open_row)
    page.reload()
    return page


class OrgDialog(FormDialog):
    limits_of = "organisation"

    def __init__(self, backend: Backend, row: OrgRow | None, parents: Sequence[OrgRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organisation"), parent)
        self.backend, self.row, self.parents = backend, row, parents
        self.code = QLineEdit(row.code if row else "")
        self.name = QLineEdit(row.name if row else "")
        self.kind = QComboBox()
        for kind in OrgKind:
            self.kind.addItem(org_kind_label(kind), kind)
        self.parent_org = QComboBox()
        self.contact = QLineEdit(row.contact_person if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.address = QLineEdit(row.address if row else "")
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.add_field("code", self.tr("Code"), self.code)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("parent", self.tr("Belongs to"), self.parent_org)
        self.add_field("contact_person", self.tr("Contact person"), self.contact)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("address", self.tr("Address"), self.address)
        self.add_field("active", "", self.active)
        self.kind.currentIndexChanged.connect(self._fill_parents)
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self._fill_parents()

    def _fill_parents(self) -> None:
        kind: OrgKind = self.kind.currentData()
        wanted = self.row.parent_code if self.row else None
        self.parent_org.clear()
        allowed = PARENT_KINDS[kind]
        if not allowed:
            self.parent_org.addItem(self.tr("(none)"), None)
        for org in self.parents:
            if org.kind in allowed:
                self.parent_org.addItem(f"{org.code}  {org.name}", org.code)
        if wanted:
            found = self.parent_org.findData(wanted)
            if found >= 0:
                self.parent_org.setCurrentIndex(found)

    def saved_text(self, result: OrgRow) -> str:
        return self.tr("Organisation %1 %2 saved.").replace("%1", result.code).replace(
            "%2", result.name)

    def submit(self) -> Op[OrgRow]:
        row = self.row
        return Op(self, self.backend, save_org, OrgForm(
            self.code.text(), self.name.text(), self.kind.currentData(),
            self.parent_org.currentData(), self.contact.text(), self.phone.text(),
            self.address.text(), self.active.isChecked(),
            row.id if row else None, row.version if row else None))
