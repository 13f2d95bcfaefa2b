"""Storage layer: SQLAlchemy models, the SQLite engine, migrations, backups.

Knows nothing of the layers above it.
"""
