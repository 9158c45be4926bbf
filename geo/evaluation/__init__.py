"""Evaluation: extraction (``extraction``) and geocoding (``geocoding``) scored against gold."""

#: The tuning splits of the blind corpus (``tests/data/blind``): read freely, and the training data of the
#: learned models (stage, filter, boundary). Never the frozen ``test``, the validation gate (fresh10,
#: fresh12) nor the held-out fresh11, fresh15 and fresh18 (``tests/data/blind/README.md``).
TUNING_SPLITS: tuple[str, ...] = (
    "dev", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh13", "fresh14",
    "fresh16", "fresh17",
)
