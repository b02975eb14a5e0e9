-- The loader prepares every row on the parse workers and appends facts, tables, narrative figures and findings
-- straight into their core tables (issue 19): the cell staging tables and their views go. What stays staged is what
-- SQL still decides across reports: the report (version number, unit id, superseding) and the subject codes its rows
-- print (dim_function_subject, dim_economic_subject).

drop view if exists stg_cell_enriched;
drop view if exists stg_cell_rows;
drop table if exists stg_cell;
drop table if exists stg_row;
drop table if exists stg_column;
drop table if exists stg_table;
drop table if exists stg_narrative;
drop table if exists stg_finding;

-- Counted on the workers: dim_report's counts no longer need the staged cells. Staging is empty between loads, so
-- the table is simply re-created with them.
drop table stg_report;
create table stg_report (
    report_version_id   bigint not null,
    report_key          varchar not null,
    file_name           varchar not null,
    content_hash        varchar not null,
    unit_name_printed   varchar not null,
    unit_name           varchar not null,
    region_name         varchar,
    region_code         varchar,
    year                integer,
    kind                varchar not null,
    phase               varchar not null,
    parent_department   varchar,
    source_format       varchar not null,
    encoding            varchar not null,
    size_bytes          bigint not null,
    unit_source_line    integer,
    version             integer not null,
    loaded_at           timestamp not null,
    table_count         integer not null,
    fact_count          integer not null,       -- table cells + narrative figures
    finding_count       integer not null
);

-- The classified rows of the staged reports (only rows holding cells), with their first cell's ordinal (document order).
create table stg_subject_row (
    report_version_id   bigint not null,
    subject_code        varchar not null,
    subject_system      varchar not null,       -- function / 部门经济分类 / 政府预算经济分类
    subject_level       varchar not null,       -- 类 / 款 / 项
    row_label           varchar not null,
    first_cell          integer not null,
    code_mapped_by_name boolean not null
);

-- A report's source text once per version (not one row per line): the lines concatenated, each line's number, page
-- and start (in code points, plus the end). The view report_source_line (sql/core) cuts the lines out again;
-- migration 0041 moves the lines stored by 0040 in here.
create table report_source_text (
    report_version_id   bigint primary key,
    text                varchar not null,       -- document text: untrusted, escape on display
    line_numbers        integer[] not null,     -- 1-based, as SourceRef.Line
    line_starts         integer[] not null,     -- 0-based start of each line in text, in code points; one more entry: the end
    pages               integer[]               -- PDF page of each line; null for formats without pages
);
