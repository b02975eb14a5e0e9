-- 该行的数字: every fact read from line $line of report $report, with its table, row and header path.
-- Filters: $report, $line (both required).
with fact as (
    select fw_family_label(f.family) as family, f.* exclude (family)
    from v_fact_lineage as f
    where f.report_version_id = cast($report as bigint) and f.source_line = cast($line as integer)
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
