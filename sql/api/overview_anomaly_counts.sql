-- 各类异常数: per anomaly kind and severity, how many flags and how many units, for the 总览's links to the anomaly
-- page. Every kind is listed, with 0 when none is flagged. Filters: $year, $region, $kind.
with flag as (
    select unnest(['execution_rate_pefa', 'three_public_over_budget', 'three_public_yoy_jump', 'published_rate_mismatch',
                   'project_rate_mismatch', 'report_error_findings']) as flag
),

anomaly as (
    select a.flag, a.severity, a.unit_id
    from mart_anomalies as a
    where (cast($year as integer) is null or a.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(a.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or a.kind = cast($kind as varchar))
)

select
    f.flag,
    count(a.flag) as anomalies,
    count(a.flag) filter (where a.severity = 'high') as high,
    count(a.flag) filter (where a.severity = 'medium') as medium,
    count(a.flag) filter (where a.severity = 'low') as low,
    count(distinct a.unit_id) as units
from flag as f
left join anomaly as a on a.flag = f.flag
group by f.flag
order by list_position(['execution_rate_pefa', 'three_public_over_budget', 'three_public_yoy_jump', 'published_rate_mismatch',
                        'project_rate_mismatch', 'report_error_findings'], f.flag);
