-- The ledger's first schema. One script for SQLite and PostgreSQL alike: only types and statements
-- both engines read the same way (VARCHAR, INTEGER, DOUBLE PRECISION, TEXT; times as ISO-8601 text,
-- which sorts as time does).
--
-- A run is immutable: it is inserted once and never updated. Its id is the SHA-256 of the
-- idempotency key (source, revision, policy digest), so a rerun of the same source at the same
-- commit under the same policy finds the run already there and writes nothing (ON CONFLICT DO
-- NOTHING), however many processes try at once.
CREATE TABLE ledger_run (
  run_id                VARCHAR(64)   NOT NULL PRIMARY KEY,
  application           VARCHAR(500)  NOT NULL,
  owner                 VARCHAR(500),
  criticality           VARCHAR(20),
  source                VARCHAR(4000) NOT NULL,
  source_kind           VARCHAR(20)   NOT NULL,
  revision              VARCHAR(200)  NOT NULL,
  git_commit            VARCHAR(64),
  scanned_at            VARCHAR(40)   NOT NULL,
  recorded_at           VARCHAR(40)   NOT NULL,
  origin                VARCHAR(10)   NOT NULL,
  tool_version          VARCHAR(100)  NOT NULL,
  policy_id             VARCHAR(200),
  policy_digest         VARCHAR(100)  NOT NULL,
  catalog_digest        VARCHAR(100),
  verdict               VARCHAR(10),
  partial_scan          INTEGER       NOT NULL,
  score_overall         DOUBLE PRECISION,
  score_confidentiality DOUBLE PRECISION,
  score_agility         DOUBLE PRECISION,
  score_resilience      DOUBLE PRECISION,
  components            INTEGER       NOT NULL,
  with_vendor           INTEGER       NOT NULL,
  with_license          INTEGER       NOT NULL,
  vendor_from_catalog   INTEGER       NOT NULL,
  services              INTEGER       NOT NULL,
  proprietary_services  INTEGER       NOT NULL,
  report_json           TEXT          NOT NULL,
  sbom_json             TEXT,
  CONSTRAINT ledger_run_once UNIQUE (source, revision, policy_digest)
);

CREATE INDEX ledger_run_by_application ON ledger_run (application, scanned_at);
