"""Background work (issue 19): sending, reminders, retention, reliability freezing and scheduled
report emails run as Huey jobs in worker processes, never inside a web request."""
