-- 各地区三公经费: per region one level below $region (provinces with no filter, a province's prefectures, a
-- prefecture's counties; fw_region_below), the sum of every amount column (*_yuan) of mart_three_public; a region's own
-- units form the row named …（本级）. Filters: $year, $region, $kind.
with grouped as (
    select fw_region_below(m.region_code, cast($region as varchar)) as group_code, m.*
    from mart_three_public as m
    where (cast($year as integer) is null or m.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
)
select
    g.group_code as region_code,
    fw_region_below_name(g.group_code, any_value(d.full_name), cast($region as varchar)) as region_name,
    count(distinct g.unit_id) as units,
    sum(columns('_yuan$'))
from grouped as g
left join dim_region as d on d.region_code = g.group_code
group by g.group_code
order by g.group_code;
