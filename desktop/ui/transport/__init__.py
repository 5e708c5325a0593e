"""Transport exceptions: record, decide, print the record for the carrier to sign."""
