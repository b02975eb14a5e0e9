-- 按规则与严重程度统计: findings of current reports per rule and severity, with one example finding (its message and
-- values, which the API words in Chinese as message_zh). Filters: $year, $region, $severity.
select
    f.rule_id,
    f.severity,
    count(*) as findings,
    count(distinct f.report_version_id) as reports,
    count(distinct r.unit_id) as units,
    arg_min(f.message, f.finding_id) as message,
    arg_min(f.row_label, f.finding_id) as row_label,
    arg_min(f.expected, f.finding_id) as expected,
    arg_min(f.printed, f.finding_id) as printed,
    arg_min(f.difference, f.finding_id) as difference,
    arg_min(t.unit, f.finding_id) as amount_unit
from data_quality_finding as f
inner join dim_report as r on r.report_version_id = f.report_version_id and r.is_current
left join report_table as t on t.report_table_id = f.report_table_id
where (cast($year as integer) is null or r.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
  and (cast($severity as varchar) is null or f.severity = cast($severity as varchar))
group by f.rule_id, f.severity
order by case f.severity when 'error' then 0 when 'warning' then 1 else 2 end, findings desc, f.rule_id;
