-- The regions one level down (prefectures of a province, counties of a prefecture).
select year, region_code, region_name, units_reporting, units_with_rate,
    round(median_rate_vs_initial, 2) as median_rate_pct,
    fw_wan(three_public_actual_yuan) as three_public_actual_wan,
    units_missing
from mart_region_summary
where parent_region_code = $region_code
  and (cast($year as integer) is null or year = cast($year as integer))
  and (units_reporting > 0 or units_missing > 0)
order by year, region_code;
