"""Use cases, one module per workflow: the only place a transaction opens."""
