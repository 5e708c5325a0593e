"""The receiving desk: scan boxes, see progress, count by model."""
