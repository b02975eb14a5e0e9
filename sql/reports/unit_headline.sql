-- Headline per year and scope: 年初预算 vs 决算 (万元) and the execution rate with where its budget came from.
select
    year,
    kind,
    scope,
    fw_wan(initial_budget_yuan) as initial_budget_wan,
    fw_wan(adjusted_budget_yuan) as adjusted_budget_wan,
    fw_wan(final_yuan) as final_wan,
    round(rate_vs_initial, 2) as rate_vs_initial_pct,
    round(rate_vs_adjusted, 2) as rate_vs_adjusted_pct,
    published_rate as published_rate_pct,
    pefa_band_vs_initial as pefa_band,
    budget_source
from mart_execution_rate
where unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
  and subject_level = 'total'
order by year, kind, case scope when 'total' then 1 when 'fiscal_appropriation' then 2 when 'general_budget' then 3 else 4 end;
