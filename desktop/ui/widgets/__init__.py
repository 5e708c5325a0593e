"""Shared widgets: the paged table model, the filterable list page, form dialogs."""
