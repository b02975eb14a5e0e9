-- Which version of the view scripts (sql/core, sql/marts) the warehouse's views were created from: a writer that opens
-- a warehouse whose stamp matches its own scripts skips re-creating ~40 views (issue 19: a one-file load paid for it).
create table view_stamp (
    stamp               varchar not null,       -- SHA-256 of the view scripts' paths and texts
    created_at          timestamp not null
);
