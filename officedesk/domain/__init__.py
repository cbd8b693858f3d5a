"""Plain-Python core: records, deadline and calendar rules, validation, masking (stdlib + chinese-calendar)."""
