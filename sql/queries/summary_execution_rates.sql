-- The rates `fw demo` prints: mart_execution_rate's 一般公共预算 whole-scope row of every unit with a 决算, so the
-- summary, `fw report` and the dashboards show one rate (the mart is the only definition of it).
select
    m.unit_name,
    m.year,
    m.initial_budget_yuan,
    m.final_yuan,
    m.rate_vs_initial,
    r.file_name || ' · 决算 ' || m.final_source || coalesce(', 年初预算 ' || m.budget_source, '') as source
from mart_execution_rate as m
left join dim_report as r on r.report_version_id = m.final_report_version_id
where m.scope = 'general_budget' and m.subject_level = 'total' and m.final_yuan is not null
order by m.unit_name, m.year;
