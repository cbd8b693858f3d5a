"""SQLite through sqlite-utils: the only layer that writes SQL."""
