"""The first screen: the day's work of the person at the desk, counted in the database."""
