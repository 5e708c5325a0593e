"""``returndesk serve``: the application server, the only holder of the database URL in a
multi-site installation.  Desks and the command line reach it with ``--server URL``."""
