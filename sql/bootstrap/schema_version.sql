-- The migration ledger: one row per applied migration of sql/migrations (created before any migration runs).
create table if not exists schema_version (
    version     integer primary key,
    name        varchar not null,
    checksum    varchar not null,
    applied_at  timestamp not null
);
