"""Reusable widgets that are not views: charts."""
