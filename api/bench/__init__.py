"""Benchmarks run by make targets (not part of the test suite)."""
