-- 各县三公经费逐年: per county and year, the 三公 budget and actual of mart_three_public, so several counties can be
-- compared over the years. Reports without a county or a year are left out (they cannot be placed).
-- Filters: $region, $kind.
select
    m.region_code,
    any_value(d.full_name) as region_name,
    m.year,
    count(distinct m.unit_id) as units,
    sum(m.budget_yuan) as budget_yuan,
    sum(m.actual_yuan) as actual_yuan
from mart_three_public as m
left join dim_region as d on d.region_code = m.region_code
where m.region_code is not null and m.year is not null
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
group by m.region_code, m.year
order by m.region_code, m.year;
