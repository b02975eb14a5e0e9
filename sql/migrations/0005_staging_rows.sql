-- A row's code, label, level and subject are the same for all its cells: staged once per row instead of once per
-- cell, the loader appends a third of the strings it used to (string appends were the largest cost of a load).
-- Staging is empty between loads, so stg_cell is simply re-created without the row's columns.
create table stg_row (
    report_version_id   bigint not null,
    table_ordinal       integer not null,
    row_ordinal         integer not null,
    row_code            varchar,
    row_label           varchar not null,
    row_level           varchar,
    row_kind            varchar not null,
    row_line_no         varchar,
    row_indent          integer not null,
    subject_code        varchar,                -- the row's classification code, printed or mapped by name
    subject_system      varchar,                -- function / revenue / 部门经济分类 / 政府预算经济分类
    subject_level       varchar,                -- 类 / 款 / 项
    code_mapped_by_name boolean not null,
    row_part            varchar                 -- a 三公 part named by the row (预算 三公 tables are transposed)
);

drop view if exists stg_cell_enriched;
drop table stg_cell;

create table stg_cell (
    report_version_id   bigint not null,
    cell_ordinal        integer not null,
    table_ordinal       integer not null,
    row_ordinal         integer not null,
    family              varchar not null,
    column_index        integer not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,
    value_kind          varchar not null,
    value               decimal(38, 10),
    amount_yuan         decimal(18, 2),
    is_percent          boolean not null,
    source_line         integer not null,
    source_page         integer,
    source_line_label   varchar not null
);
