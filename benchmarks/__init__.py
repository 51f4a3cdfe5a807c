"""Benchmarks: scripts printing ratios against baselines measured in the same run; not tests."""
