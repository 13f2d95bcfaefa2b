"""attachments keep their content in the database on a server

Revision ID: 0007_attachment_content
Revises: 0006_attendance_recorded
Create Date: 2026-11-27 21:00:00

On a shared (PostgreSQL) database an attachment added on one PC must open on every other:
`attachments.content` holds the file's bytes there (storage/attachment_store.py). On a
laptop's SQLite file it stays empty: the file in the data folder is the attachment.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_attachment_content"
down_revision = "0006_attendance_recorded"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a nullable column without default: SQLite adds it in place, no table copy
    op.add_column("attachments", sa.Column("content", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("content")
