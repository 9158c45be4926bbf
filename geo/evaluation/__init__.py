"""Evaluation: extraction (``extraction``) and geocoding (``geocoding``) scored against gold."""
