-- Projects: budget, executed, printed and recomputed 执行率, score.
select year, kind, phase, project,
    fw_wan(adjusted_budget_yuan) as adjusted_budget_wan,
    fw_wan(executed_yuan) as executed_wan,
    printed_rate as printed_rate_pct,
    round(recomputed_rate, 2) as recomputed_rate_pct,
    execution_score,
    total_score,
    fw_wan(initial_budget_yuan) as initial_budget_wan,
    source
from mart_project_execution
where unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
order by year, kind, phase, project;
