-- Core dimensions. Keys of dim_fund_source / dim_measure are the ColumnMeaning vocabulary (FiscalWarehouse.Model Meanings).

create table dim_region (
    region_code         varchar primary key,    -- GB/T 2260, 6 digits (140581)
    name                varchar not null,       -- 高平市
    level               varchar not null,       -- province / prefecture / county
    parent_code         varchar,                -- county → prefecture (or province for 直辖市 / 省直辖县), prefecture → province
    province_code       varchar not null,
    prefecture_code     varchar,                -- a 直辖市 district's prefecture is the municipality itself
    full_name           varchar not null        -- 山西省晋城市高平市
);

create table dim_unit (
    unit_id             bigint primary key,
    normalized_name     varchar not null unique,
    printed_names       varchar[] not null,
    region_code         varchar,                -- null when the printed prefix resolves to no single region (a finding says why)
    parent_department   varchar,
    first_loaded_at     timestamp not null
);

create table dim_report (
    report_version_id   bigint primary key,
    report_key          varchar not null,       -- normalized unit | year | kind | phase: "the same report" across versions
    file_name           varchar not null,
    content_hash        varchar not null,       -- SHA-256 of the file: "the same content"
    unit_id             bigint not null,
    unit_name           varchar not null,       -- normalized
    unit_name_printed   varchar not null,
    region_code         varchar,
    year                integer,
    kind                varchar not null,       -- 部门 / 单位
    phase               varchar not null,       -- 预算 / 决算
    version             integer not null,       -- 1, 2, … per report_key
    loaded_at           timestamp not null,
    is_current          boolean not null,
    superseded_by       bigint,
    source_format       varchar not null,
    encoding            varchar not null,
    size_bytes          bigint not null,
    table_count         integer not null,
    fact_count          integer not null,
    finding_count       integer not null
);

create table dim_function_subject (
    code                varchar primary key,    -- 功能分类 3/5/7 digits (215, 21505, 2150550)
    level               varchar not null,       -- 类 / 款 / 项
    class_code          varchar not null,
    section_code        varchar,
    name                varchar,                -- the standard 类 name, else the first printed name seen
    printed_names       varchar[] not null
);

create table dim_economic_subject (
    code                varchar not null,
    system              varchar not null,       -- 部门经济分类 (301…) / 政府预算经济分类 (501…)
    level               varchar not null,       -- 类 / 款
    parent_code         varchar,
    name                varchar not null,
    printed_names       varchar[] not null,
    primary key (code, system)
);

create table dim_fund_source (
    fund_source         varchar primary key,
    name                varchar not null,
    description         varchar not null
);

create table dim_measure (
    measure             varchar primary key,
    name                varchar not null,
    is_money            boolean not null,
    description         varchar not null
);

create table report_table (
    report_table_id     bigint primary key,
    report_version_id   bigint not null,
    table_ordinal       integer not null,
    catalog_id          varchar not null,
    family              varchar not null,       -- the fact_* table its cells went to
    printed_title       varchar not null,
    printed_number      varchar,
    unit                varchar not null,       -- 万元 / 元 / …
    is_known_empty      boolean not null,       -- printed as 本表无数据: present but empty
    subject             varchar,                -- the project of a per-project form
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer,
    last_line           integer not null,
    column_count        integer not null,
    row_count           integer not null,
    fact_count          integer not null
);

create table data_quality_finding (
    finding_id          bigint primary key,
    report_version_id   bigint not null,
    rule_id             varchar not null,
    severity            varchar not null,       -- error / warning / info
    message             varchar not null,
    table_id            varchar,
    report_table_id     bigint,
    row_label           varchar,
    file_name           varchar not null,
    line                integer not null,
    line_label          varchar not null,
    expected            decimal(38, 10),
    printed             decimal(38, 10),
    difference          decimal(38, 10),
    origin              varchar not null        -- validation (the parser's rules) / warehouse (found while loading)
);
