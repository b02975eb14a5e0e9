-- 三公经费明细: rows of mart_three_public with the region's name. Filters: $year, $region, $kind, $unit.
select
    m.*,
    d.full_name as region_name
from mart_three_public as m
left join dim_region as d on d.region_code = m.region_code
where (cast($year as integer) is null or m.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
  and (cast($unit as bigint) is null or m.unit_id = cast($unit as bigint))
order by m.year desc, m.region_code, m.unit_name;
