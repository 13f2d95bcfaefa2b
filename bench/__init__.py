"""Benchmarks and the realistic meetings they (and the tests) are measured on."""
