-- Staging: the cells of ONE report as the parser read them, appended by the loader (DuckDB appender) inside the
-- report's transaction, turned into core rows by sql/load/*.sql, then deleted again in the same transaction.
-- Outside a running load these tables are empty; a killed load leaves nothing here because its transaction is gone.

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
    loaded_at           timestamp not null
);

create table stg_table (
    report_version_id   bigint not null,
    table_ordinal       integer not null,
    catalog_id          varchar not null,
    family              varchar not null,
    fund_source         varchar,                -- the fund the title names (一般公共预算…), for columns that do not say
    printed_title       varchar not null,
    printed_number      varchar,
    unit                varchar not null,
    is_known_empty      boolean not null,
    subject             varchar,
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer,
    last_line           integer not null,
    column_count        integer not null,
    row_count           integer not null
);

create table stg_column (
    report_version_id   bigint not null,
    table_ordinal       integer not null,
    column_index        integer not null,
    column_path         varchar not null,
    measure             varchar,
    fund_source         varchar,
    expense_type        varchar,
    part                varchar,
    block               varchar
);

create table stg_cell (
    report_version_id   bigint not null,
    cell_ordinal        integer not null,
    table_ordinal       integer not null,
    row_ordinal         integer not null,
    family              varchar not null,
    row_code            varchar,
    row_label           varchar not null,
    row_level           varchar,
    row_kind            varchar not null,
    row_line_no         varchar,
    row_indent          integer not null,
    column_index        integer not null,
    subject_code        varchar,                -- the row's classification code, printed or mapped by name
    subject_system      varchar,                -- function / revenue / 部门经济分类 / 政府预算经济分类
    subject_level       varchar,                -- 类 / 款 / 项
    code_mapped_by_name boolean not null,
    row_part            varchar,                -- a 三公 part named by the row (预算 三公 tables are transposed)
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

create table stg_narrative (
    report_version_id   bigint not null,
    figure_ordinal      integer not null,
    topic               varchar not null,
    measure             varchar not null,
    subject             varchar,
    subject_code        varchar,
    value               decimal(38, 10),
    amount_yuan         decimal(18, 2),
    unit                varchar not null,
    printed_text        varchar not null,
    sentence            varchar not null,
    source_line         integer not null,
    source_page         integer,
    source_line_label   varchar not null
);

create table stg_finding (
    report_version_id   bigint not null,
    finding_ordinal     integer not null,
    rule_id             varchar not null,
    severity            varchar not null,
    message             varchar not null,
    table_id            varchar,
    row_label           varchar,
    file_name           varchar not null,
    line                integer not null,
    line_label          varchar not null,
    expected            decimal(38, 10),
    printed             decimal(38, 10),
    difference          decimal(38, 10),
    origin              varchar not null
);
