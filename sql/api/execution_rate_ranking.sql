-- 执行率排名: the $n units (at most 100, default 10) with the highest ($end = 'high', the default: 超支端) or lowest ($end = 'low', 未执行端)
-- execution rate against 年初预算, at the 合计 level, ranked over every matching row of mart_execution_rate (not over
-- the first rows of the detail answer, which a large warehouse truncates). Filters as /api/execution-rate: $year,
-- $region, $kind, $scope (default 'total'), $band, $direction.
select
    m.*,
    d.full_name as region_name
from mart_execution_rate as m
left join dim_region as d on d.region_code = m.region_code
where m.scope = coalesce(cast($scope as varchar), 'total')
  and m.subject_level = 'total'
  and m.rate_vs_initial is not null
  and (cast($year as integer) is null or m.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
  and (cast($band as varchar) is null or coalesce(m.pefa_band_vs_initial, 'none') = cast($band as varchar))
  and (cast($direction as varchar) is null
       or (cast($direction as varchar) = 'over' and m.rate_vs_initial > 100)
       or (cast($direction as varchar) = 'under' and m.rate_vs_initial < 100))
order by case when cast($end as varchar) = 'low' then m.rate_vs_initial else -m.rate_vs_initial end,
         m.year desc, m.region_code, m.unit_name, m.kind, m.unit_id
limit coalesce(cast($n as integer), 10);
