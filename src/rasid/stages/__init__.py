"""Per-article stages (`Document -> Document`); the registry that names them is `rasid.registry`."""
