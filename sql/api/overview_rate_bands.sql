-- 执行率分布: units per PEFA band (|决算 ÷ 预算 − 1| ≤ 5% A, ≤ 10% B, ≤ 15% C, else D), against 年初预算 and against
-- 调整预算, whole budget, each band split into 超支 (决算 above the budget) and 未执行 (below). A unit counts once:
-- with every year selected, in its latest year (else 201 "units" would be unit-years). Filters: $year, $region, $kind.
with rate as (
    select m.pefa_band_vs_initial, m.pefa_band_vs_adjusted, m.rate_vs_initial, m.rate_vs_adjusted
    from mart_execution_rate as m
    where m.scope = 'total' and m.subject_level = 'total'
      and (cast($year as integer) is null or m.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
    qualify row_number() over (partition by m.unit_id order by m.year desc nulls last, m.kind) = 1
),

band as (
    select unnest(['A', 'B', 'C', 'D', '无']) as band
)

select
    b.band,
    (select count(*) from rate where coalesce(pefa_band_vs_initial, '无') = b.band) as units_vs_initial,
    (select count(*) from rate where coalesce(pefa_band_vs_initial, '无') = b.band and rate_vs_initial > 100) as over_vs_initial,
    (select count(*) from rate where coalesce(pefa_band_vs_initial, '无') = b.band and rate_vs_initial < 100) as under_vs_initial,
    (select count(*) from rate where coalesce(pefa_band_vs_adjusted, '无') = b.band) as units_vs_adjusted,
    (select count(*) from rate where coalesce(pefa_band_vs_adjusted, '无') = b.band and rate_vs_adjusted > 100) as over_vs_adjusted,
    (select count(*) from rate where coalesce(pefa_band_vs_adjusted, '无') = b.band and rate_vs_adjusted < 100) as under_vs_adjusted
from band as b
order by b.band;
