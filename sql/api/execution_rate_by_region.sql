-- 各地区执行率分布 (box chart): per county, the spread of unit execution rates against 年初预算, whole budget unless
-- $scope is given. Filters: $year, $region, $kind, $scope.
select
    m.region_code,
    any_value(d.full_name) as region_name,
    count(*) as units,
    count(m.rate_vs_initial) as units_with_rate,
    min(m.rate_vs_initial) as rate_min,
    quantile_cont(m.rate_vs_initial, 0.25) as rate_p25,
    median(m.rate_vs_initial) as rate_median,
    quantile_cont(m.rate_vs_initial, 0.75) as rate_p75,
    max(m.rate_vs_initial) as rate_max,
    sum(m.initial_budget_yuan) as initial_budget_yuan,
    sum(m.final_yuan) as final_yuan
from mart_execution_rate as m
left join dim_region as d on d.region_code = m.region_code
where m.scope = coalesce(cast($scope as varchar), 'total')
  and m.subject_level = 'total'
  and (cast($year as integer) is null or m.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
group by m.region_code
order by m.region_code;
