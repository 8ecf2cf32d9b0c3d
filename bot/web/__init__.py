"""The staff web dashboard: server-rendered pages over the same domain calls as the CLI."""
