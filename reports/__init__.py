"""Printed forms and labels: plain dataclasses in, PDF bytes out.  No Qt, nothing of desktop."""
