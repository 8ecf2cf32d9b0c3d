"""Private servers on loopback for the demo, tests and benchmarks: Dovecot and an SMTP sink."""
