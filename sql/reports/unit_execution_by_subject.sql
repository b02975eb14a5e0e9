-- Execution by 功能分类 类/款/项 where a budget or a printed rate exists for it.
select
    year,
    kind,
    scope,
    function_code,
    function_name,
    fw_wan(initial_budget_yuan) as initial_budget_wan,
    fw_wan(final_yuan) as final_wan,
    round(rate_vs_initial, 2) as rate_vs_initial_pct,
    published_rate as published_rate_pct,
    round(rate_difference, 2) as rate_difference_pp,
    budget_source
from mart_execution_rate
where unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
  and subject_level <> 'total'
  and (initial_budget_yuan is not null or published_rate is not null)
order by year, kind, scope, function_code;
