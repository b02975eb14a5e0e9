insert into fact_performance
select
    fact_id, report_version_id, report_table_id, catalog_id,
    table_subject, row_label, measure, fund_source,
    amount_yuan, value, value_kind, is_percent, printed_text, printed_unit,
    row_code, row_label, row_kind, row_line_no, column_path, source_file, source_line, source_page
from stg_cell_enriched
where family = 'fact_performance';
