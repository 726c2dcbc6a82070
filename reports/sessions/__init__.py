"""Co-production sessions: the design sessions and panels families take part in (issue 16)."""
