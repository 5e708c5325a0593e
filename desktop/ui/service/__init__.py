"""The service desk's screens (C2–C4): register a case, the work list, the callbacks due, one
case with its unit's history, management's incident approvals and a unit-history search."""
