-- Every table cell of every family in one shape: for lineage checks and "where did this number come from" queries.
-- One table since migration 0060; the per-table lineage (catalog id, file) is report_table's.
create or replace view v_fact_cell as
select
    f.family, f.fact_id, f.report_version_id, f.report_table_id, t.catalog_id, f.measure, f.fund_source, f.amount_yuan,
    f.value, f.value_kind, f.printed_text, f.printed_unit, f.row_code, f.row_label, f.row_kind, f.column_path,
    t.source_file, f.source_line, f.source_page
from fact_cell as f
left join report_table as t on t.report_table_id = f.report_table_id;
