-- The region's own row per year.
select year, region_code, region_name, region_level, units_reporting, budget_reports, final_reports,
    fw_wan(budget_total_yuan) as budget_total_wan,
    fw_wan(final_total_yuan) as final_total_wan,
    units_with_rate,
    round(pooled_rate_vs_initial, 2) as pooled_rate_pct,
    round(median_rate_vs_initial, 2) as median_rate_pct,
    round(min_rate_vs_initial, 2) as min_rate_pct,
    round(max_rate_vs_initial, 2) as max_rate_pct,
    round(iqr_rate_vs_initial, 2) as iqr_rate_pp,
    fw_wan(three_public_budget_yuan) as three_public_budget_wan,
    fw_wan(three_public_actual_yuan) as three_public_actual_wan,
    units_missing,
    array_to_string(units_missing_names, '、') as units_missing_names
from mart_region_summary
where region_code = $region_code
  and (cast($year as integer) is null or year = cast($year as integer))
order by year;
