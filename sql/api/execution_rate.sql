-- 预算执行率明细: rows of mart_execution_rate with the region's name. Scope defaults to the whole budget ('total')
-- and the subject level to its 合计 ('total'); pass $scope to see another scope at every level.
-- Filters: $year, $region, $kind, $scope, $unit, $band (PEFA band vs 年初预算, 'none' = no rate), $direction
-- ('over': 决算 above 年初预算, 'under': below).
select
    m.*,
    d.full_name as region_name
from mart_execution_rate as m
left join dim_region as d on d.region_code = m.region_code
where m.scope = coalesce(cast($scope as varchar), 'total')
  and (cast($scope as varchar) is not null or m.subject_level = 'total')
  and (cast($year as integer) is null or m.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
  and (cast($unit as bigint) is null or m.unit_id = cast($unit as bigint))
  and (cast($band as varchar) is null or coalesce(m.pefa_band_vs_initial, 'none') = cast($band as varchar))
  and (cast($direction as varchar) is null
       or (cast($direction as varchar) = 'over' and m.rate_vs_initial > 100)
       or (cast($direction as varchar) = 'under' and m.rate_vs_initial < 100))
order by m.year desc, m.region_code, m.unit_name, m.kind, m.subject_level, m.function_code;
