-- Each unit of the region (its own region or any below it): the 一般公共预算 execution headline.
select e.year, e.unit_name, e.region_code, e.kind,
    fw_wan(e.initial_budget_yuan) as initial_budget_wan,
    fw_wan(e.final_yuan) as final_wan,
    round(e.rate_vs_initial, 2) as rate_vs_initial_pct,
    e.published_rate as published_rate_pct,
    e.pefa_band_vs_initial as pefa_band,
    e.budget_source
from mart_execution_rate as e
inner join dim_region as g on g.region_code = e.region_code
where $region_code in (g.region_code, g.prefecture_code, g.province_code)
  and (cast($year as integer) is null or e.year = cast($year as integer))
  and e.scope = 'general_budget' and e.subject_level = 'total'
order by e.year, e.rate_vs_initial desc nulls last, e.unit_name;
