"""Per-language phrase data of the explicit-mention layer, split by language group."""
