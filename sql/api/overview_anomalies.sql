-- 主要异常: the latest flags of mart_anomalies. Filters: $year, $region.
select a.*
from mart_anomalies as a
where (cast($year as integer) is null or a.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(a.region_code, cast($region as varchar)))
order by a.year desc nulls last, a.unit_name
limit 50;
