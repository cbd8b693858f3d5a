"""Use cases with transaction boundaries, audit and orchestration; no Qt."""
