-- The warehouse side of the publish ledger: which report versions went to which target (connection string redacted).
-- The target's own ledger decides what an incremental publish sends; this one lets analysts see it from fw sql.
create table if not exists publish_ledger (
    target             varchar not null,
    schema_name        varchar not null,
    report_version_id  bigint not null,
    publish_id         varchar not null,
    published_at       timestamp not null,
    primary key (target, schema_name, report_version_id)
);
