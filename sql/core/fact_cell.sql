-- Every printed cell with its row's and its column's description, in migration 0060's columns and order: since 0061
-- the descriptions are stored once per report version (cell_row, cell_class) and joined back here, so the family
-- views, marts, publishing and the lake read fact_cell as they did when it was a table.
create or replace view fact_cell as
select
    v.fact_id, v.report_version_id, v.report_table_id, c.family,
    r.subject_code, r.subject_system, r.subject_level, r.code_mapped_by_name,
    c.cost_type, c.expense_type, c.part, c.block, c.fund_source, c.measure,
    v.amount_yuan, v.value, c.value_kind, c.is_percent, v.printed_text, c.printed_unit,
    r.row_code, r.row_label, r.row_kind, r.row_line_no, c.column_path, v.source_line, v.source_page
from cell_value as v
join cell_row as r on r.report_version_id = v.report_version_id and r.row_no = v.row_no
join cell_class as c on c.report_version_id = v.report_version_id and c.class_no = v.class_no;
