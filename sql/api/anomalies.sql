-- 全部异常: every row of mart_anomalies (through mart_anomaly_detail: region name, percent, budget source, reason in
-- Chinese), most severe first. Filters: $year, $region, $kind, $flag, $level (high / medium / low).
select
    a.severity,
    a.flag,
    a.unit_id,
    a.unit_name,
    a.region_code,
    a.region_name,
    a.year,
    a.kind,
    a.subject,
    a.observed_pct,
    a.direction,
    a.budget_source,
    a.reason_zh,
    a.report_version_id,
    a.source_line
from mart_anomaly_detail as a
where (cast($year as integer) is null or a.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(a.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or a.kind = cast($kind as varchar))
  and (cast($flag as varchar) is null or a.flag = cast($flag as varchar))
  and (cast($level as varchar) is null or a.severity = cast($level as varchar))
order by case a.severity when 'high' then 0 when 'medium' then 1 else 2 end, a.year desc nulls last, a.region_code nulls last,
    a.unit_name, a.flag, a.subject;
