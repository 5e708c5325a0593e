"""ReturnDesk 售后返修管理 — the after-sales and returns back office."""

__version__ = "0.1.0"
