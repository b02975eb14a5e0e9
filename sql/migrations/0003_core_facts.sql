-- Core facts: one table per family, one row per printed cell of a recognized table (blank stays NULL, never 0).
-- Every row carries its lineage: report version, table, row, header path, file and line.

-- Income by 功能分类 (收入决算表, 预算收入总表, 政府性基金 收入) and its source (fund_source).
create table fact_income (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    function_code       varchar,                -- 功能分类 code of the row (2xx) or null
    function_level      varchar,                -- 类 / 款 / 项
    revenue_code        varchar,                -- 收入分类 code (1xx) for revenue tables
    fund_source         varchar,
    measure             varchar,
    block               varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Expenditure by 功能分类 and 基本/项目 (支出决算表, 支出总表, 05/07/08 tables).
create table fact_expenditure (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    function_code       varchar,
    function_level      varchar,                -- 类 / 款 / 项
    expense_type        varchar,                -- total / basic / project / remit_to_higher / business / affiliate_subsidy
    fund_source         varchar,
    measure             varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Basic expenditure by 经济分类 and 人员/公用 (06 明细表, 基本支出分经济科目表).
create table fact_basic_expenditure_economic (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    economic_code       varchar,                -- 部门经济分类 code, printed or mapped by name
    economic_system     varchar,                -- 部门经济分类 / 政府预算经济分类
    economic_level      varchar,                -- 类 / 款
    code_mapped_by_name boolean not null,
    cost_type           varchar,                -- personnel / operating / null (a 合计 column)
    fund_source         varchar,
    measure             varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- 三公 budget and final account by part (决算09, 预算 三公 table).
create table fact_three_public (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    part                varchar,                -- three_public_total / overseas_travel / official_reception / vehicle_total / vehicle_purchase / vehicle_operation
    fund_source         varchar,
    measure             varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Performance forms: 绩效自评表 funds and indicators, 绩效目标表.
create table fact_performance (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    project             varchar,                -- the form's project (table subject)
    indicator           varchar,                -- the row label (funds line or indicator)
    measure             varchar,                -- initial_budget / adjusted_budget / final_account / execution_rate / weight / score …
    fund_source         varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Every other cell: 总表 rows, 10表 statistics, project lists, 机关运行经费, generic tables.
create table fact_table_cell (
    fact_id             bigint primary key,     -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    catalog_id          varchar not null,
    function_code       varchar,                -- 功能分类 类 code mapped from a 类 name row (总表), or the printed code
    measure             varchar,
    fund_source         varchar,
    expense_type        varchar,
    part                varchar,
    block               varchar,
    amount_yuan         decimal(18, 2),         -- money in 元, exact; null when blank, dash, text or not money
    value               decimal(38, 10),        -- the printed number (万元, %, count…); null when blank
    value_kind          varchar not null,       -- number / blank / dash / text
    is_percent          boolean not null,
    printed_text        varchar not null,
    printed_unit        varchar not null,       -- 万元 / 元 / % / 个 / 分
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,                -- detail / total / footer
    row_line_no         varchar,                -- printed 行次
    column_path         varchar,                -- full printed header path, parts joined by " / "
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Figures stated in the prose, with the sentence as provenance.
create table fact_narrative (
    fact_id             bigint primary key,
    report_version_id   bigint not null,
    topic               varchar not null,
    measure             varchar not null,
    subject             varchar,
    subject_code        varchar,
    amount_yuan         decimal(18, 2),
    value               decimal(38, 10),
    printed_text        varchar not null,
    printed_unit        varchar not null,
    sentence            varchar not null,
    source_file         varchar not null,
    source_line         integer not null,
    source_page         integer
);
