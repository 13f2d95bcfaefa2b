"""Command-line commands that live outside cli.py (cli.py keeps the parser and the table)."""
