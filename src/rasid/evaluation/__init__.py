"""Measuring rasid against public annotated data (read from `../shared/data/`, never copied here)."""
