"""Evaluation: extraction (``extraction``) and geocoding (``geocoding``) scored against gold."""

#: The tuning splits of the blind corpus (``tests/data/blind``): read freely, and the training data of the
#: learned models (stage, filter, boundary). Never the frozen ``test``, the validation gate (fresh10,
#: fresh12) nor the held-out fresh11, fresh15, fresh18, fresh21, fresh23, fresh25, fresh27, fresh29, fresh31,
#: fresh33, fresh35, fresh38 and fresh40 (``tests/data/blind/README.md``).
TUNING_SPLITS: tuple[str, ...] = (
    "dev", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh13", "fresh14",
    "fresh16", "fresh17", "fresh19", "fresh20", "fresh22", "fresh24", "fresh26",
    "fresh28", "fresh30", "fresh32", "fresh34", "fresh36", "fresh37", "fresh39",
)

#: The tuning splits annotated under the reference's brief (``tests/data/blind/README.md``: fresh13 on), whose
#: annotators were told "existing context → 建成, 未说明 only where the text says nothing"; the older ones
#: code more items named as context 未说明 (``tests/data/blind/CONVENTIONS.md``). The learned stage may take
#: the share of 建成 against 未说明 from these (:data:`geo.evaluation.stage_learning.PRIOR_SPLITS`).
REFERENCE_BRIEF_SPLITS: tuple[str, ...] = ("fresh13", "fresh14", "fresh16", "fresh17", "fresh19", "fresh20", "fresh22",
                                           "fresh24", "fresh26", "fresh28", "fresh30", "fresh32",
                                           "fresh34", "fresh36", "fresh37", "fresh39")
