-- “三公” by year (the trend up to the chosen year): budget, actual, parts, change on the previous year (万元).
select
    year,
    kind,
    table_state,
    fw_wan(budget_yuan) as budget_wan,
    fw_wan(actual_yuan) as actual_wan,
    round(actual_to_budget_rate, 2) as actual_to_budget_pct,
    fw_wan(overseas_travel_actual_yuan) as overseas_travel_wan,
    fw_wan(reception_actual_yuan) as reception_wan,
    fw_wan(vehicle_purchase_actual_yuan) as vehicle_purchase_wan,
    fw_wan(vehicle_operation_actual_yuan) as vehicle_operation_wan,
    fw_wan(prior_year_actual_yuan) as prior_year_wan,
    round(yoy_change_rate, 2) as yoy_change_pct,
    prior_year_source
from mart_three_public
where unit_id = $unit_id
  and (cast($year as integer) is null or year <= cast($year as integer))
order by year, kind;
