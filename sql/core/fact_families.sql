-- The six families of facts by their old names, over the one table fact_cell (migration 0060), each with the columns
-- and order its table had (0003), so marts, dashboards, the lake and publishing read them unchanged. Per-table lineage
-- (catalog_id, source_file, a performance form's project) comes from report_table; a family's classification columns
-- are the row's subject when it is of that family's system.
create or replace view fact_income as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    case when f.subject_system = 'function' then f.subject_code end as function_code,
    case when f.subject_system = 'function' then f.subject_level end as function_level,
    case when f.subject_system = 'revenue' then f.subject_code end as revenue_code,
    f.fund_source, f.measure, f.block,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_income';

create or replace view fact_expenditure as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    case when f.subject_system = 'function' then f.subject_code end as function_code,
    case when f.subject_system = 'function' then f.subject_level end as function_level,
    f.expense_type, f.fund_source, f.measure,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_expenditure';

create or replace view fact_basic_expenditure_economic as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    case when f.subject_system in ('部门经济分类', '政府预算经济分类') then f.subject_code end as economic_code,
    case when f.subject_system in ('部门经济分类', '政府预算经济分类') then f.subject_system end as economic_system,
    case when f.subject_system in ('部门经济分类', '政府预算经济分类') then f.subject_level end as economic_level,
    f.code_mapped_by_name, f.cost_type, f.fund_source, f.measure,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_basic_expenditure_economic';

create or replace view fact_three_public as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    f.part, f.fund_source, f.measure,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_three_public';

create or replace view fact_performance as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    t.subject as project, f.row_label as indicator, f.measure, f.fund_source,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_performance';

create or replace view fact_table_cell as
select
    f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id,
    case when f.subject_system = 'function' then f.subject_code end as function_code,
    f.measure, f.fund_source, f.expense_type, f.part, f.block,
    f.amount_yuan, f.value, f.value_kind, f.is_percent, f.printed_text, f.printed_unit,
    f.row_code, f.row_label, f.row_kind, f.row_line_no, f.column_path, t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = 'fact_table_cell';
