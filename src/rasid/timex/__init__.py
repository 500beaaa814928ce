"""Arabic time expressions: recognised over match keys and normalised to TIMEX3 values."""
