-- The target side of the publish ledger. {schema} is a validated plain identifier (SqlIdentifier.ValidateSchema).
create table if not exists "{schema}".publish_run (
    publish_id      text primary key,
    started_at      timestamp not null,
    finished_at     timestamp not null,
    mode            text not null,
    source_file     text not null,
    report_versions integer not null,
    rows_copied     bigint not null
);
create table if not exists "{schema}".publish_ledger (
    report_version_id bigint primary key,
    publish_id        text not null,
    published_at      timestamp not null
);
