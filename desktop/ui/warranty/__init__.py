"""The warranty check screen."""
