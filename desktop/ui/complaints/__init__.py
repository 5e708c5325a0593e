"""Complaint sheets: file, answer, open a return, print."""
