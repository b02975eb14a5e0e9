-- 主要异常: the most severe flags of each kind (at most 5 per kind, so 三公 flags are never crowded out by execution
-- rates), one row per unit, year and kind of anomaly: a unit flagged for 整体, 财政拨款 and 一般公共预算 at once is
-- listed once, with the number of subjects flagged. The anomaly page lists every row. Filters: $year, $region.
with scoped as (
    select a.*
    from mart_anomaly_detail as a
    where (cast($year as integer) is null or a.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(a.region_code, cast($region as varchar)))
),

per_unit as (
    select
        s.*,
        count(*) over (partition by s.flag, s.unit_id, s.year, s.kind) as subjects,
        row_number() over (
            partition by s.flag, s.unit_id, s.year, s.kind
            order by case s.severity when 'high' then 0 when 'medium' then 1 else 2 end,
                     case s.subject when 'total' then 0 when 'three_public_total' then 0 else 1 end, s.subject
        ) as pick
    from scoped as s
),

ranked as (
    select
        p.*,
        row_number() over (
            partition by p.flag
            order by case p.severity when 'high' then 0 when 'medium' then 1 else 2 end,
                     abs(coalesce(p.observed_pct, 100) - 100) desc, p.year desc nulls last, p.unit_name
        ) as rank_in_flag
    from per_unit as p
    where p.pick = 1
)

select
    r.severity, r.flag, r.unit_id, r.unit_name, r.region_code, r.region_name, r.year, r.kind, r.subject, r.subjects,
    r.observed_pct, r.direction, r.budget_source, r.reason_zh, r.report_version_id, r.source_line
from ranked as r
where r.rank_in_flag <= 5
order by case r.severity when 'high' then 0 when 'medium' then 1 else 2 end, r.flag, r.rank_in_flag;
