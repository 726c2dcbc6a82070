"""Keep spreadsheet exports from being read as formulas (CSV injection)."""

# Spreadsheets treat a cell starting with these as a formula or strip them before one.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise_cell(value):
    """Return the value with a leading apostrophe if it is text a spreadsheet could run."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
