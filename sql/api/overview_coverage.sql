-- 报送覆盖: per year and phase, units with a current report vs the units expected (every unit that reported in any
-- year, same filters). Filters: $region, $kind.
with report as (
    select r.unit_id, r.year, r.phase
    from dim_report as r
    where r.is_current and r.year is not null
      and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or r.kind = cast($kind as varchar))
),

expected as (
    select count(distinct unit_id) as units_expected from report
)

select
    r.year,
    r.phase,
    count(distinct r.unit_id) as units_reporting,
    any_value(e.units_expected) as units_expected,
    round(100.0 * count(distinct r.unit_id) / any_value(e.units_expected), 2) as coverage_pct
from report as r
cross join expected as e
group by r.year, r.phase
order by r.year, r.phase;
