"""Numbers in Arabic text: digits in every script and number words (cardinal, ordinal, vague, fractions)."""
