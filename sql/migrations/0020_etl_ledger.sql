-- The run ledger of the worker (issue 8): what each scan found and what became of each file.
-- Written only by the loader (DuckDB has one writer); parse workers hand their results over through the staging folder.
create table if not exists etl_run (
    run_id        varchar primary key,   -- r20261128T020000Z-1a2b3c
    trigger       varchar not null,      -- schedule | manual | startup
    host          varchar not null,      -- machine that scanned
    started_at    timestamp not null,    -- UTC
    ended_at      timestamp,             -- UTC; set when every claimed file has an outcome
    files_claimed integer not null,      -- stable files taken from the inbox by this scan
    files_waiting integer not null,      -- files left for a later scan (still being written)
    loaded        integer not null default 0,
    unchanged     integer not null default 0,
    replaced      integer not null default 0,
    rejected      integer not null default 0, -- quarantined: the document is bad
    failed        integer not null default 0  -- quarantined after transient errors exhausted the retries
);

create table if not exists etl_file (
    file_id           varchar primary key, -- 16 hex of sha256(inbox path, content hash)
    run_id            varchar not null,
    path              varchar not null,    -- relative to the inbox
    content_hash      varchar not null,    -- sha256 of the bytes
    size_bytes        bigint not null,
    outcome           varchar not null,    -- loaded | unchanged | replaced | rejected | failed
    report_version_id bigint,              -- dim_report version when loaded, replaced or unchanged
    fact_count        integer,
    finding_count     integer,
    parse_ms          bigint,
    load_ms           bigint,
    rule_id           varchar,
    line              integer,
    error             varchar,
    attempt           integer not null,
    moved_to          varchar,             -- archive or quarantine path
    host              varchar not null,
    recorded_at       timestamp not null
);
