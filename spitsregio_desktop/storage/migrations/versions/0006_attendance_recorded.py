"""attendance is recorded, never assumed; the answer "vervangen door …"

Revision ID: 0006_attendance_recorded
Revises: 0005_server
Create Date: 2026-11-27 17:30:00

1. An invitation's answer can now be "substituted" (verontschuldigd, vervangen door …)
   with the substitute's name or person: `invitations.answer` gains the value and
   `invitations.substitute_id` / `substitute_name` hold who comes instead.
2. "Not recorded" is an invitee without an attendance row (no schema change). The old
   "Invullen volgens de antwoorden" wrote `absent` for everyone without an answer; such a
   row cannot be told apart from an absence the secretary recorded. Only where it cannot
   have been observed is it taken back: in meetings not held yet (status planned or
   invited), an `absent` row of an invitee who did not answer, with nothing else recorded
   (no times, no items, no substitute, no item absence), goes back to not recorded.
   Every other `absent` row stays absent: in held meetings it may be the secretary's own
   entry, and for sent or approved minutes it is what the members read and approved.
"""

import sqlalchemy as sa
from alembic import op

from spitsregio_desktop.storage.base import NAMING_CONVENTION

revision = "0006_attendance_recorded"
down_revision = "0005_server"
branch_labels = None
depends_on = None

OLD_ANSWERS = ("coming", "excused", "no_answer")
NEW_ANSWERS = ("coming", "excused", "substituted", "no_answer")
ROLES = ("chair", "member", "secretary", "expert", "observer")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def _check(values: tuple[str, ...]) -> str:
    return "answer IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _recreate_sqlite(answers: tuple[str, ...], with_substitute: bool) -> None:
    # SQLite cannot change a CHECK: batch mode copies the table, with the reflected CHECK
    # of the answer replaced by the new one.
    with op.batch_alter_table(
        "invitations", recreate="always", naming_convention=NAMING_CONVENTION
    ) as batch:
        batch.drop_constraint(op.f("ck_invitations_answer"), type_="check")
        batch.create_check_constraint(op.f("ck_invitations_answer"), _check(answers))
        if with_substitute:
            batch.add_column(sa.Column("substitute_id", sa.Integer(), nullable=True))
            batch.add_column(
                sa.Column("substitute_name", sa.String(200), nullable=False, server_default="")
            )
            batch.create_foreign_key(
                "fk_invitations_substitute_id_persons",
                "persons",
                ["substitute_id"],
                ["id"],
                ondelete="SET NULL",
            )
        else:
            batch.drop_constraint(op.f("fk_invitations_substitute_id_persons"), type_="foreignkey")
            batch.drop_column("substitute_name")
            batch.drop_column("substitute_id")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _recreate_sqlite(NEW_ANSWERS, with_substitute=True)
    else:
        op.drop_constraint(op.f("ck_invitations_answer"), "invitations", type_="check")
        op.create_check_constraint(op.f("ck_invitations_answer"), "invitations", _check(NEW_ANSWERS))
        op.add_column("invitations", sa.Column("substitute_id", sa.Integer(), nullable=True))
        op.add_column(
            "invitations",
            sa.Column("substitute_name", sa.String(200), nullable=False, server_default=""),
        )
        op.create_foreign_key(
            op.f("fk_invitations_substitute_id_persons"),
            "invitations",
            "persons",
            ["substitute_id"],
            ["id"],
            ondelete="SET NULL",
        )
    bind.exec_driver_sql(
        """
        DELETE FROM attendances
        WHERE presence = 'absent'
          AND arrived_at IS NULL AND left_at IS NULL
          AND arrived_from_item_id IS NULL AND left_after_item_id IS NULL
          AND substitute_id IS NULL AND coalesce(substitute_name, '') = ''
          AND id NOT IN (SELECT attendance_id FROM item_absences)
          AND meeting_id IN (SELECT id FROM meetings WHERE status IN ('planned', 'invited'))
          AND EXISTS (SELECT 1 FROM invitations i
                      WHERE i.meeting_id = attendances.meeting_id
                        AND i.person_id = attendances.person_id
                        AND i.answer = 'no_answer')
        """
    )


def downgrade() -> None:
    # The older program knows no "substituted" answer: it becomes "excused", which it was.
    # Attendance rows taken back on upgrade stay not recorded (nothing tells what they were).
    bind = op.get_bind()
    bind.exec_driver_sql("UPDATE invitations SET answer = 'excused' WHERE answer = 'substituted'")
    if bind.dialect.name == "sqlite":
        _recreate_sqlite(OLD_ANSWERS, with_substitute=False)
    else:
        op.drop_constraint(
            op.f("fk_invitations_substitute_id_persons"), "invitations", type_="foreignkey"
        )
        op.drop_column("invitations", "substitute_name")
        op.drop_column("invitations", "substitute_id")
        op.drop_constraint(op.f("ck_invitations_answer"), "invitations", type_="check")
        op.create_check_constraint(op.f("ck_invitations_answer"), "invitations", _check(OLD_ANSWERS))
