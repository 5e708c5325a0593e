"""The first screen: the day's work of the person at the desk, a count per tile."""
