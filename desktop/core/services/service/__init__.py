"""The service desk (C2–C4, S4): service cases, callbacks, a unit's history, part replacement
claims and major quality incident applications."""
