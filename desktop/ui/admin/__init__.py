"""Administration: organisations, users, products, parts, policy settings, the calendar."""
