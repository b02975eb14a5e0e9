-- Every table cell of every family in one shape: for lineage checks and "where did this number come from" queries.
create or replace view v_fact_cell as
select 'fact_income' as family, fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_income
union all
select 'fact_expenditure', fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_expenditure
union all
select 'fact_basic_expenditure_economic', fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_basic_expenditure_economic
union all
select 'fact_three_public', fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_three_public
union all
select 'fact_performance', fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_performance
union all
select 'fact_table_cell', fact_id, report_version_id, report_table_id, catalog_id, measure, fund_source, amount_yuan, value, value_kind, printed_text, printed_unit, row_code, row_label, row_kind, column_path, source_file, source_line, source_page from fact_table_cell;
