-- Held versions (issue 21): a new version of a report that is worse than the current one (a new error finding,
-- truncation, markedly fewer facts or tables) is stored but does not become current until someone accepts it
-- (fw load --accept FILE). One row per held version; accepted_at is set when it is promoted.
create table if not exists report_hold (
    report_version_id   bigint primary key,     -- the held version (dim_report, is_current false)
    current_version_id  bigint not null,        -- the version that stayed current when it was held
    reason              varchar not null,       -- what is worse, in words
    held_at             timestamp not null,
    accepted_at         timestamp               -- null while held
);
