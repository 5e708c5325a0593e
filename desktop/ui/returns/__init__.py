"""Return requests: queues, the request form, the detail with its history."""
