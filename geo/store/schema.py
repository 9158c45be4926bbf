"""The database schema: every table and index, declared once with SQLAlchemy Core.

SQLite and PostgreSQL share it; geometries are GeoJSON text, so no spatial extension is needed.
Columns added after a table's first release are listed in :data:`geo.store.db` ``_ADDED_COLUMNS``
and created by :func:`geo.store.db.init` on older databases.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(255), nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("issuer", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("year", sa.Integer),  # the document's year, also without a full date (geo.model.DocumentMeta)
    sa.Column("year_source", sa.String(16)),  # geo.model.YEAR_SOURCES
    # a Word or PDF file's own dates, ISO days space-separated (geo.model.SourceText.file_dates); NULL for none
    sa.Column("file_dates", sa.String(64)),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("encoding", sa.String(32)),
    sa.Column("media_type", sa.String(128)),  # a .docx is 71 characters
    sa.Column("raw_text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("aliases", sa.Text, nullable=False, default="[]"),
    sa.Column("places", sa.Text, nullable=False, default="[]"),
    sa.Column("part_of", sa.Text),
    sa.Column("geometry", sa.Text),  # GeoJSON geometry, WGS-84 lon/lat
    sa.Column("precision", sa.String(16), nullable=False, default="unlocated"),
    sa.Column("areas", sa.Text, nullable=False, default="[]"),
    sa.Column("geo_note", sa.Text),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "entity_id", sa.String(32), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("quote", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("target_year", sa.Integer),
    sa.Column("lead_unit", sa.Text),
    # Issue 11: added to older databases by init() (see _ADDED_COLUMNS).
    sa.Column("start_year", sa.Integer),
    sa.Column("year_basis", sa.String(16)),  # geo.model.YEAR_BASES
    sa.Column("period_start", sa.Integer),  # the document's plan period, a window (十四五 → 2021–2025)
    sa.Column("period_end", sa.Integer),
    # Issue 13: the register fields the mention's sentence states (JSON of geo.model.Register, or NULL).
    sa.Column("register", sa.Text),
    # Issue 11: "learned" when the stage model inferred the stage (geo.model.STAGE_BASES), NULL when the text states it.
    sa.Column("stage_basis", sa.String(16)),
    sa.Index("ix_mentions_entity", "entity_id"),
    sa.Index("ix_mentions_document", "document_id"),
)

status_events = sa.Table(
    "status_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "entity_id", sa.String(32), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("previous_stage", sa.String(32)),
    sa.Column("date", sa.Date),  # when the stage held (document date or reported date)
    sa.Column("target_year", sa.Integer),
    sa.Column("source", sa.String(16), nullable=False),  # event_source_value(): "document" | "manual"
    sa.Column("mention_id", sa.Integer, sa.ForeignKey("mentions.id", ondelete="CASCADE")),
    sa.Column("note", sa.Text),
    sa.Column("author", sa.String(128)),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Index("ix_events_entity", "entity_id"),
)


users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),  # viewer | editor | admin
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("disabled_at", sa.DateTime),  # a disabled account cannot sign in (added at init when missing)
)

#: Server secrets made on first use (the key signing session tokens when ``PLAN_ATLAS_SECRET`` is unset).
app_secrets = sa.Table(
    "app_secrets",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

login_failures = sa.Table(
    "login_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index("ix_login_failures_name", "name", "at"),
)

#: One row per mention span: concurrent or repeated ingests never store a span twice (issue 15).
#: Created with IF NOT EXISTS at :func:`init`, after removing duplicates an older release left.
mention_span = sa.Index(
    "ux_mentions_span", mentions.c.document_id, mentions.c.entity_id, mentions.c.start, mentions.c.end,
    unique=True,
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("sha256", sa.String(64), nullable=False),  # of the document text it was read from
    sa.Column("rules", sa.String(64), nullable=False),  # fingerprint of the rules that read it
    sa.Column("entities", sa.Text, nullable=False),  # JSON: the document's own entities, before linking
    sa.Column("context", sa.Text, nullable=False),  # JSON: its geocoding context (issuer, title, villages)
)

geocodes = sa.Table(
    "geocodes",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),  # sha256 of everything the geocoder reads
    sa.Column("feature", sa.Text, nullable=False),  # JSON: geometry, precision, areas, note, basis
)

document_versions = sa.Table(
    "document_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(255), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("issuer", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("raw_text", sa.Text, nullable=False),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("superseded_at", sa.DateTime, nullable=False),
    sa.Column("superseded_by", sa.String(64), nullable=False),  # who replaced or removed it
    sa.Index("ix_document_versions_name", "name", "version"),
)

#: What people decided about each project (issue 13), keyed by its stable id and, through
#: ``spans`` (JSON: [document sha256, document name, start, end] of its mentions), by where the
#: documents name it. No foreign key: a decision outlives the id re-linking may take away.
review_decisions = sa.Table(
    "review_decisions",
    metadata,
    sa.Column("project_id", sa.String(32), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),  # ReviewState
    sa.Column("reason", sa.String(32)),  # RejectReason of a rejection
    sa.Column("note", sa.Text),  # free text of a rejection
    sa.Column("merged_into", sa.String(32)),
    sa.Column("name", sa.Text),  # a person's name for the project (the extracted one becomes an alias)
    sa.Column("type", sa.String(32)),  # a person's type for it
    sa.Column("code", sa.Text),
    sa.Column("total_investment", sa.String(32)),  # 亿元, decimal text (exact on both databases)
    sa.Column("total_investment_quote", sa.Text),
    sa.Column("annual_investment", sa.String(32)),
    sa.Column("annual_investment_year", sa.Integer),
    sa.Column("annual_investment_quote", sa.Text),
    sa.Column("responsible_unit", sa.Text),
    sa.Column("responsible_person", sa.Text),
    sa.Column("construction_progress", sa.Text),
    sa.Column("spans", sa.Text, nullable=False, default="[]"),
    sa.Column("by", sa.String(64)),
    sa.Column("at", sa.DateTime),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.Index("ix_review_decisions_merged_into", "merged_into"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("actor", sa.String(64), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(32)),
    sa.Column("detail", sa.Text, nullable=False),  # JSON: what changed, before → after
)

#: One row: a stamp of the project data, bumped by every write to documents, projects, decisions
#: and progress (issue 16), so the app reloads and redraws once per change, not per session.
#: ``nonce`` tells two databases (or one reset) apart that reached the same ``version``.
data_version = sa.Table(
    "data_version",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("nonce", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
)

#: The projects each bump of ``data_version`` touched, when the writer knew them (an edit, a
#: progress update, a review decision): readers holding the version before reload only those.
#: A version without rows here changed anything (an ingest, a re-link).
data_changes = sa.Table(
    "data_changes",
    metadata,
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("entity_id", sa.String(32), nullable=False),
    sa.Index("ix_data_changes_version", "version"),
)
