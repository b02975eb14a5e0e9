-- 主要异常: the 20 most severe flags of mart_anomalies (high, then medium, then low; newest year first).
-- Filters: $year, $region.
select a.*
from mart_anomalies as a
where (cast($year as integer) is null or a.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(a.region_code, cast($region as varchar)))
order by case a.severity when 'high' then 0 when 'medium' then 1 else 2 end, a.year desc nulls last, a.unit_name, a.flag, a.subject
limit 20;
