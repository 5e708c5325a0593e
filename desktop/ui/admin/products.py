"""Products (型号) and spare parts (配件): lists and forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.admin.catalogue import PartRow, ProductRow, list_parts, list_products
from desktop.core.services.kernel.listing import ListQuery
from desktop.ui.admin.product_forms import PartDialog, ProductDialog
from desktop.ui.labels import category_label, part_kind_label, yes_no
from desktop.ui.ops import Op
from desktop.ui.widgets.form import run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

PRODUCT_COLUMNS: list[Column[ProductRow]] = [
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Model"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Category"), lambda r: category_label(r.category)),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Unit price"), lambda r: f"{r.unit_price:.2f}", True),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Whole lamp"), lambda r: yes_no(r.is_whole_lamp)),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Warranty (months)"), lambda r: r.warranty_months,
           True),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Discontinued"),
           lambda r: r.discontinued_on.isoformat() if r.discontinued_on else ""),
    Column(QT_TRANSLATE_NOOP("ProductsPage", "Spare parts"),
           lambda r: ", ".join(f"{n}×{q}" for n, q in r.parts)),
]

PART_COLUMNS: list[Column[PartRow]] = [
    Column(QT_TRANSLATE_NOOP("PartsPage", "Part number"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Kind"), lambda r: part_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Kept as"), lambda r: category_label(r.category)),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Unit price"), lambda r: f"{r.unit_price:.2f}", True),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Active"), lambda r: yes_no(r.active)),
]


ALL_PARTS = ListQuery(limit=100_000)


def products_page(backend: Backend, editable: bool = True) -> ListPage:
    """The catalogue; the administrator's page edits it (New, Edit), everybody else's reads."""
    model: PagedTableModel[ProductRow] = PagedTableModel(
        "ProductsPage", PRODUCT_COLUMNS, lambda q: Op(page, backend, list_products, q),
        lambda r: r.code)
    title = QCoreApplication.translate("AdminPages", "Products")
    page = ListPage(title, model)

    def open_row(row: ProductRow | None) -> None:
        Op(page, backend, list_parts, ALL_PARTS).done(
            lambda parts: run_form(ProductDialog(backend, row, parts, page),
                                   lambda _saved: None)).run()

    if editable:
        page.open_with(open_row)
    page.reload()
    return page


def parts_page(backend: Backend) -> ListPage:
    model: PagedTableModel[PartRow] = PagedTableModel(
        "PartsPage", PART_COLUMNS, lambda q: Op(page, backend, list_parts, q),
        lambda r: r.part_no)
    page = ListPage(QCoreApplication.translate("AdminPages", "Spare parts"), model)
    page.open_with(lambda row: run_form(PartDialog(backend, row, page), lambda _saved: None))
    page.reload()
    return page
