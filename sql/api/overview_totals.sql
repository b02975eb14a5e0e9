-- 总览: per year, phase and kind: current reports, units, facts, findings, and the 决算 money totals of the
-- execution-rate mart (whole budget). Filters: $year, $region (GB/T 2260 code prefix), $kind.
with report as (
    select r.*
    from dim_report as r
    where r.is_current
      and (cast($year as integer) is null or r.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or r.kind = cast($kind as varchar))
),

errors as (
    select f.report_version_id, count(*) as error_findings
    from data_quality_finding as f
    where f.severity = 'error'
    group by all
),

money as (
    select m.year, m.kind, '决算' as phase,
           sum(m.initial_budget_yuan) as initial_budget_yuan,
           sum(m.final_yuan) as final_yuan
    from mart_execution_rate as m
    where m.scope = 'total' and m.subject_level = 'total'
      and (cast($year as integer) is null or m.year = cast($year as integer))
      and (cast($region as varchar) is null or starts_with(m.region_code, cast($region as varchar)))
      and (cast($kind as varchar) is null or m.kind = cast($kind as varchar))
    group by all
)

select
    r.year,
    r.phase,
    r.kind,
    count(*) as reports,
    count(distinct r.unit_id) as units,
    sum(r.fact_count) as facts,
    sum(r.finding_count) as findings,
    coalesce(sum(e.error_findings), 0) as error_findings,
    any_value(m.initial_budget_yuan) as initial_budget_yuan,
    any_value(m.final_yuan) as final_yuan
from report as r
left join errors as e on e.report_version_id = r.report_version_id
left join money as m on m.year = r.year and m.kind = r.kind and m.phase = r.phase
group by r.year, r.phase, r.kind
order by r.year, r.phase, r.kind;
