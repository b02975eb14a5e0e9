-- cost_type: the column's meaning (人员经费 / 公用经费 columns of 预算 tables); else the row: 人员经费 is 301 + 303
-- (fiscal-reports.md §3.1, "06 人员经费合计 = 301 + 303"), every other economic class is 公用经费; footers by label.
insert into fact_basic_expenditure_economic
select
    fact_id, report_version_id, report_table_id, catalog_id,
    case when subject_system in ('部门经济分类', '政府预算经济分类') then subject_code end,
    case when subject_system in ('部门经济分类', '政府预算经济分类') then subject_system end,
    case when subject_system in ('部门经济分类', '政府预算经济分类') then subject_level end,
    code_mapped_by_name,
    case
        when expense_type in ('personnel', 'operating') then expense_type
        when row_label like '%人员经费%' then 'personnel'
        when row_label like '%公用经费%' then 'operating'
        when subject_system = '部门经济分类' and left(subject_code, 3) in ('301', '303') then 'personnel'
        when subject_system = '部门经济分类' then 'operating'
    end,
    fund_source, measure,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from stg_cell_enriched
where family = 'fact_basic_expenditure_economic';
