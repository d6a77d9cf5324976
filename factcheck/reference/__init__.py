"""Reference tables: reading and validating them, indexing figures, resolving source names."""
