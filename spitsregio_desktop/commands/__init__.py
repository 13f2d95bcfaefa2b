"""Command-line commands that live outside cli.py (which keeps the parser and the table)."""
