insert into fact_table_cell
select
    fact_id, report_version_id, report_table_id, catalog_id,
    case when subject_system = 'function' then subject_code end,
    measure, fund_source, expense_type, part, block,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from stg_cell_enriched
where family = 'fact_table_cell';
