-- 各地区执行率分布 (box chart): per region one level below $region (provinces with no filter, a province's
-- prefectures, a prefecture's counties; fw_region_below), the spread of unit execution rates against 年初预算, whole
-- budget unless $scope is given. A region's own units (a province's departments under a province filter) form the
-- row named …（本级）. Filters: $year, $region, $kind, $scope.
with grouped as (
    select fw_region_below(m.region_code, cast($region as varchar)) as region_code, m.rate_vs_initial, m.initial_budget_yuan, m.final_yuan
    from mart_execution_rate as m
    where m.scope = coalesce(cast($scope as varchar), 'total')
      and m.subject_level = 'total'
      and (cast($year as integer) is null or m.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
)
select
    g.region_code,
    fw_region_below_name(g.region_code, any_value(d.full_name), cast($region as varchar)) as region_name,
    count(*) as units,
    count(g.rate_vs_initial) as units_with_rate,
    min(g.rate_vs_initial) as rate_min,
    quantile_cont(g.rate_vs_initial, 0.25) as rate_p25,
    median(g.rate_vs_initial) as rate_median,
    quantile_cont(g.rate_vs_initial, 0.75) as rate_p75,
    max(g.rate_vs_initial) as rate_max,
    sum(g.initial_budget_yuan) as initial_budget_yuan,
    sum(g.final_yuan) as final_yuan
from grouped as g
left join dim_region as d on d.region_code = g.region_code
group by g.region_code
order by g.region_code;
