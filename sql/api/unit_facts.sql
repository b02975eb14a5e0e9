-- 单位报表数字: every printed amount of the unit's current reports with its lineage (table, row, header path,
-- source line). Filters: $unit (required), $year, $family (income, expenditure, basic_economic, three_public,
-- performance, narrative, other).
with report as (
    select report_version_id, year, kind, phase
    from dim_report
    where unit_id = cast($unit as bigint) and is_current
      and (cast($year as integer) is null or year = cast($year as integer))
),

fact as (
    select fw_family_label(f.family) as family, f.* exclude (family)
    from v_fact_lineage as f
    where f.report_version_id in (select report_version_id from report)
)

select
    r.year,
    r.phase,
    r.kind,
    f.family,
    coalesce(t.printed_title, '正文') as table_title,
    f.row_code,
    f.row_label,
    f.column_path,
    f.measure,
    f.printed_text,
    f.printed_unit,
    f.amount_yuan,
    f.source_line,
    f.report_version_id,
    f.fact_id
from fact as f
inner join report as r on r.report_version_id = f.report_version_id
left join report_table as t on t.report_table_id = f.report_table_id
where (cast($family as varchar) is null or f.family = cast($family as varchar))
order by r.year desc, r.phase, r.kind, f.source_line, f.fact_id;
