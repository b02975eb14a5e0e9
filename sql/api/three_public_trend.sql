-- 三公经费逐年趋势: per year, the sum of every amount column (*_yuan) of mart_three_public over the filtered units,
-- so each part (出国 / 接待 / 用车购置 / 用车运行) and budget vs actual come out under the mart's own column names.
-- Filters: $region, $kind, $unit.
select
    m.year,
    count(distinct m.unit_id) as units,
    sum(columns('_yuan$'))
from mart_three_public as m
where (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
  and (cast($unit as bigint) is null or m.unit_id = cast($unit as bigint))
group by m.year
order by m.year;
