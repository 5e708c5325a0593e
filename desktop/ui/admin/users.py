"""Users: the list and the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import ROLE_ORG_KINDS, OrgKind, Role
from desktop.core.services.admin.orgs import OrgRow, org_choices
from desktop.core.services.admin.users import UserForm, UserRow, list_users, save_user
from desktop.ui.labels import role_label, yes_no
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "UsersPage"
COLUMNS: list[Column[UserRow]] = [
    Column(QT_TRANSLATE_NOOP("UsersPage", "Login"), lambda r: r.login),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Name"), lambda r: r.display_name),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Role"), lambda r: role_label(r.role)),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Organisation"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Active"), lambda r: yes_no(r.active)),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Last login"),
           lambda r: r.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")
           if r.last_login_at else ""),
]

# Every kind a user can belong to: read once when the form opens.
USER_ORG_KINDS: tuple[OrgKind, ...] = tuple(sorted(set().union(*ROLE_ORG_KINDS.values())))


def users_page(backend: Backend) -> ListPage:
    model: PagedTableModel[UserRow] = PagedTableModel(
        CTX, COLUMNS, lambda q: Op(page, backend, list_users, q), lambda r: r.login)
    page = ListPage(QCoreApplication.translate("AdminPages", "Users"), model)

    def open_row(row: UserRow | None) -> None:
        Op(page, backend, org_choices, USER_ORG_KINDS).done(
            lambda orgs: run_form(UserDialog(backend, row, orgs, page),
                                  lambda _saved: None)).run()

    page.open_with(open_row)
    page.reload()
    return page


class UserDialog(FormDialog):
    limits_of = "app_user"

    def __init__(self, backend: Backend, row: UserRow | None, orgs: Sequence[OrgRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User"), parent)
        self.backend, self.row, self.orgs = backend, row, orgs
        self.login = QLineEdit(row.login if row else "")
        self.display_name = QLineEdit(row.display_name if row else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.org = QComboBox()
        self.org.setEditable(False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("unchanged") if row else self.tr("at least 8 characters"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.add_field("login", self.tr("Login"), self.login)
        self.add_field("display_name", self.tr("Name"), self.display_name)
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("org", self.tr("Organisation"), self.org)
        self.add_field("password", self.tr("Password"), self.password)
        self.add_field("active", "", self.active)
        self.role.currentIndexChanged.connect(self._fill_orgs)
        if row is not None:
            self.role.setCurrentIndex(self.role.findData(row.role))
        self._fill_orgs()

    def _fill_orgs(self) -> None:
        role: Role = self.role.currentData()
        wanted = self.org.currentData() or (self.row.org_code if self.row else None)
        self.org.clear()
        for org in self.orgs:
            if org.kind in ROLE_ORG_KINDS[role]:
                self.org.addItem(f"{org.code}  {org.name}", org.code)
        found = self.org.findData(wanted) if wanted else -1
        if found >= 0:
            self.org.setCurrentIndex(found)

    def saved_text(self, result: UserRow) -> str:
        return self.tr("User %1 saved.").replace("%1", result.login)

    def submit(self) -> Op[UserRow]:
        row = self.row
        return Op(self, self.backend, save_user, UserForm(
            self.login.text(), self.display_name.text(), self.role.currentData(),
            self.org.currentData() or "", self.active.isChecked(), self.password.text() or None,
            row.id if row else None, row.version if row else None))
