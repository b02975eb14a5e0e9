-- 该行的数字: every fact read from line $line of report $report, with its table, row and header path.
-- Filters: $report, $line (both required).
with fact as (
    select 'income' as family, fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_income where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'expenditure', fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_expenditure where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'basic_economic', fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_basic_expenditure_economic where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'three_public', fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_three_public where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'performance', fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_performance where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'other', fact_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
    from fact_table_cell where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
    union all
    select 'narrative', fact_id, null, measure, amount_yuan, printed_text, printed_unit, subject_code, subject, topic, source_line
    from fact_narrative where report_version_id = cast($report as bigint) and source_line = cast($line as integer)
)

select
    f.family,
    t.catalog_id,
    coalesce(t.printed_title, '正文') as table_title,
    t.unit as table_unit,
    f.row_code,
    f.row_label,
    f.column_path,
    f.measure,
    f.printed_text,
    f.printed_unit,
    f.amount_yuan,
    f.source_line,
    f.fact_id
from fact as f
left join report_table as t on t.report_table_id = f.report_table_id
order by f.fact_id;
