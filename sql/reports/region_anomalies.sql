-- Flags on the units of the region.
select a.year, a.unit_name, a.flag, a.severity, a.subject, a.reason
from mart_anomalies as a
inner join dim_region as g on g.region_code = a.region_code
where $region_code in (g.region_code, g.prefecture_code, g.province_code)
  and (cast($year as integer) is null or a.year = cast($year as integer))
order by a.year, case a.severity when 'high' then 1 when 'medium' then 2 else 3 end, a.unit_name, a.flag;
