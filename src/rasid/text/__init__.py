"""Arabic text basics: matching keys, paragraphs and sentences, and an offset-preserving tokenizer."""
