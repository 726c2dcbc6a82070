"""Reports: builders (pure), renderers (PDF, CSV, charts) and the report pages."""
