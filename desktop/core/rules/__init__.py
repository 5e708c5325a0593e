"""Pure policy: functions on plain values that return a result with its reason."""
