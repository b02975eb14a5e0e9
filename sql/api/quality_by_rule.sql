-- 按规则与严重程度统计: findings of current reports per rule and severity. Filters: $year, $region, $severity.
select
    f.rule_id,
    f.severity,
    count(*) as findings,
    count(distinct f.report_version_id) as reports,
    count(distinct r.unit_id) as units,
    any_value(f.message) as example_message
from data_quality_finding as f
inner join dim_report as r on r.report_version_id = f.report_version_id and r.is_current
where (cast($year as integer) is null or r.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
  and (cast($severity as varchar) is null or f.severity = cast($severity as varchar))
group by f.rule_id, f.severity
order by case f.severity when 'error' then 0 when 'warning' then 1 else 2 end, findings desc, f.rule_id;
