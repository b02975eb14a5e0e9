-- 数据质量问题明细: findings of current reports with unit, file and line. Filters: $year, $region, $severity, $rule.
select
    f.severity,
    f.rule_id,
    r.unit_name,
    r.year,
    r.phase,
    r.kind,
    f.message,
    f.table_id,
    f.row_label,
    f.expected,
    f.printed,
    f.difference,
    t.unit as amount_unit,
    f.file_name,
    f.line as source_line,
    f.report_version_id
from data_quality_finding as f
inner join dim_report as r on r.report_version_id = f.report_version_id
left join report_table as t on t.report_table_id = f.report_table_id and r.is_current
where (cast($year as integer) is null or r.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
  and (cast($severity as varchar) is null or f.severity = cast($severity as varchar))
  and (cast($rule as varchar) is null or f.rule_id = cast($rule as varchar))
order by case f.severity when 'error' then 0 when 'warning' then 1 else 2 end, r.year desc, r.unit_name, f.line;
