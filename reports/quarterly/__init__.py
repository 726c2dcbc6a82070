"""The quarterly co-production report: figures, disclosure control, web, PDF and CSV."""
