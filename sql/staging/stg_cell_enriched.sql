-- The staged cells with everything a fact needs: ids, lineage and the column's meaning, with the defaults the
-- document implies: a column that names no measure holds the report's own phase (预算 → initial_budget,
-- 决算 → final_account), except in performance forms, where an unnamed column is an indicator value; a column that
-- names no fund holds the fund the table's title names (一般公共预算财政拨款支出决算表 → general_budget).
create or replace view stg_cell_enriched as
select
    c.report_version_id * 10000000 + c.cell_ordinal                 as fact_id,
    c.report_version_id,
    c.report_version_id * 100000 + c.table_ordinal                  as report_table_id,
    t.catalog_id,
    c.family,
    t.subject                                                       as table_subject,
    w.subject_code,
    w.subject_system,
    w.subject_level,
    w.code_mapped_by_name,
    case
        when k.measure is not null then k.measure
        when c.family = 'fact_performance' then null
        when r.phase = '预算' then 'initial_budget'
        when r.phase = '决算' then 'final_account'
    end                                                             as measure,
    coalesce(k.fund_source, t.fund_source)                          as fund_source,
    k.expense_type,
    coalesce(k.part, w.row_part)                                    as part,
    k.block,
    c.amount_yuan,
    c.value,
    c.value_kind,
    c.is_percent,
    c.printed_text,
    c.printed_unit,
    w.row_code,
    w.row_label,
    w.row_kind,
    w.row_line_no,
    k.column_path,
    t.source_file,
    c.source_line,
    c.source_page
from stg_cell c
join stg_row w using (report_version_id, table_ordinal, row_ordinal)
join stg_table t using (report_version_id, table_ordinal)
join stg_column k using (report_version_id, table_ordinal, column_index)
join stg_report r using (report_version_id);
