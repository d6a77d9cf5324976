"""Per-language data (validated TOML, the generated currency table) and language detection."""
