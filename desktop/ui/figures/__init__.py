"""The figures page (K1, C5): the month on screen, in Excel and on paper."""
