-- 执行率分布: units per PEFA band (|决算 ÷ 预算 − 1| ≤ 5% A, ≤ 10% B, ≤ 15% C, else D), against 年初预算 and against
-- 调整预算, whole budget. Filters: $year, $region, $kind.
with rate as (
    select m.pefa_band_vs_initial, m.pefa_band_vs_adjusted
    from mart_execution_rate as m
    where m.scope = 'total' and m.subject_level = 'total'
      and (cast($year as integer) is null or m.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
),

band as (
    select unnest(['A', 'B', 'C', 'D', '无']) as band
)

select
    b.band,
    (select count(*) from rate where coalesce(pefa_band_vs_initial, '无') = b.band) as units_vs_initial,
    (select count(*) from rate where coalesce(pefa_band_vs_adjusted, '无') = b.band) as units_vs_adjusted
from band as b
order by b.band;
