-- One fact table for every family (issue 20 item 2, issue 19): the six fact_* tables of 0003 had the same ~20
-- columns, so every query that wanted all cells wrote a union and the loader kept six appenders. fact_cell holds each
-- printed cell once with its family; the old names become views (sql/core/fact_families.sql) with the old columns.
-- Lineage constant per table is not repeated per cell: catalog_id, source_file and the performance form's project are
-- report_table's (catalog_id, source_file, subject), read through report_table_id. The row's classification is stored
-- once (subject_code/system/level) and the views give each family its old columns (function_code, revenue_code,
-- economic_code…). fact_id stays report_version_id * 10000000 + cell ordinal: unique by construction (a version id is
-- numbered once, ordinals once per report), so no primary-key index is maintained on every append.
create table fact_cell (
    fact_id             bigint not null,        -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,                 -- report_table: catalog_id, source_file, subject (project)
    family              varchar not null,       -- fact_income / fact_expenditure / fact_basic_expenditure_economic / fact_three_public / fact_performance / fact_table_cell
    subject_code        varchar,                -- the row's classification code, printed or mapped by name
    subject_system      varchar,                -- function / revenue / 部门经济分类 / 政府预算经济分类
    subject_level       varchar,                -- 类 / 款 / 项
    code_mapped_by_name boolean not null,
    cost_type           varchar,                -- personnel / operating (basic expenditure by 经济分类 only)
    expense_type        varchar,
    part                varchar,                -- 三公 part
    block               varchar,
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
    source_line         integer not null,
    source_page         integer
);

-- Every existing fact moves with its fact_id; its per-table lineage is already report_table's (the loaders always
-- wrote the table's catalog id, file and subject). Ordered by fact_id, as the loader appends, so zone maps prune.
insert into fact_cell
select * from (
    select fact_id, report_version_id, report_table_id, 'fact_income',
        coalesce(function_code, revenue_code),
        case when function_code is not null then 'function' when revenue_code is not null then 'revenue' end,
        case when function_code is not null then function_level end,
        false, null, null, null, block, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_income
    union all
    select fact_id, report_version_id, report_table_id, 'fact_expenditure',
        function_code, case when function_code is not null then 'function' end, function_level,
        false, null, expense_type, null, null, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_expenditure
    union all
    select fact_id, report_version_id, report_table_id, 'fact_basic_expenditure_economic',
        economic_code, economic_system, economic_level,
        code_mapped_by_name, cost_type, null, null, null, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_basic_expenditure_economic
    union all
    select fact_id, report_version_id, report_table_id, 'fact_three_public',
        null, null, null,
        false, null, null, part, null, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_three_public
    union all
    select fact_id, report_version_id, report_table_id, 'fact_performance',
        null, null, null,
        false, null, null, null, null, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_performance
    union all
    select fact_id, report_version_id, report_table_id, 'fact_table_cell',
        function_code, case when function_code is not null then 'function' end, null,
        false, null, expense_type, part, block, fund_source, measure,
        amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
        row_code, row_label, row_kind, row_line_no, column_path, source_line, source_page
    from fact_table_cell
) moved
order by fact_id;

drop table fact_income;
drop table fact_expenditure;
drop table fact_basic_expenditure_economic;
drop table fact_three_public;
drop table fact_performance;
drop table fact_table_cell;
