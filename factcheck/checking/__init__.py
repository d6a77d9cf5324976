"""Claims against a reference table: candidates, verdicts, attribution findings, messages."""
