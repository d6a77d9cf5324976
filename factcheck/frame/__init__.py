"""What each claim measures, of whom, when and in what role. Today: the period (years named)."""
