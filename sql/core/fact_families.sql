-- The six families of facts by their old names, over the one table fact_cell (migration 0060), each with the columns
-- and order its table had (0003), so marts, dashboards, the lake and publishing read them unchanged. Per-table lineage
-- (catalog_id, source_file, a performance form's project) comes from report_table; a family's classification columns
-- are the row's subject when it is of that family's system.
create or replace macro fw_fact_family(family_name) as table
select
    f.*, t.catalog_id, t.source_file, t.subject as table_subject,
    f.subject_system in ('部门经济分类', '政府预算经济分类') as is_economic
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id
where f.family = family_name;

create or replace view fact_income as
select fact_id, report_version_id, report_table_id, catalog_id,
    case when subject_system = 'function' then subject_code end as function_code,
    case when subject_system = 'function' then subject_level end as function_level,
    case when subject_system = 'revenue' then subject_code end as revenue_code,
    fund_source, measure, block,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_income');

create or replace view fact_expenditure as
select fact_id, report_version_id, report_table_id, catalog_id,
    case when subject_system = 'function' then subject_code end as function_code,
    case when subject_system = 'function' then subject_level end as function_level,
    expense_type, fund_source, measure,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_expenditure');

create or replace view fact_basic_expenditure_economic as
select fact_id, report_version_id, report_table_id, catalog_id,
    case when is_economic then subject_code end as economic_code,
    case when is_economic then subject_system end as economic_system,
    case when is_economic then subject_level end as economic_level,
    code_mapped_by_name, cost_type, fund_source, measure,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_basic_expenditure_economic');

create or replace view fact_three_public as
select fact_id, report_version_id, report_table_id, catalog_id,
    part, fund_source, measure,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_three_public');

create or replace view fact_performance as
select fact_id, report_version_id, report_table_id, catalog_id,
    table_subject as project, row_label as indicator, measure, fund_source,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_performance');

create or replace view fact_table_cell as
select fact_id, report_version_id, report_table_id, catalog_id,
    case when subject_system = 'function' then subject_code end as function_code,
    measure, fund_source, expense_type, part, block,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from fw_fact_family('fact_table_cell');
