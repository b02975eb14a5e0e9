-- 各地区三公经费: per county, the sum of every amount column (*_yuan) of mart_three_public. Filters: $year, $region, $kind.
select
    m.region_code,
    any_value(d.full_name) as region_name,
    count(distinct m.unit_id) as units,
    sum(columns('_yuan$'))
from mart_three_public as m
left join dim_region as d on d.region_code = m.region_code
where (cast($year as integer) is null or m.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
group by m.region_code
order by m.region_code;
