-- Projects: budget, executed, printed and recomputed 执行率, score.
select year, kind, phase, project,
    cast(adjusted_budget_yuan * 0.0001 as decimal(18, 2)) as adjusted_budget_wan,
    cast(executed_yuan * 0.0001 as decimal(18, 2)) as executed_wan,
    printed_rate as printed_rate_pct,
    round(recomputed_rate, 2) as recomputed_rate_pct,
    execution_score,
    total_score,
    cast(initial_budget_yuan * 0.0001 as decimal(18, 2)) as initial_budget_wan,
    source
from mart_project_execution
where unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
order by year, kind, phase, project;
