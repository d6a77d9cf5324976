"""Whole corpora: reading inputs (folders, JSONL, stdin) and running them in order on workers."""
