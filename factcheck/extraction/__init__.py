"""Characters to claims: the numeral core, the lexer, quantities, joins (ranges, lists), cues."""
