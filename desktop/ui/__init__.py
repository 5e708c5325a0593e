"""Qt only: the main window, one sub-package per workflow, shared widgets."""
