"""Helpers of ``scripts/bench.py``: bulk content generation and measurement."""
