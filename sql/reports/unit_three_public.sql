-- “三公” by year (the trend up to the chosen year): budget, actual, parts, change on the previous year (万元).
select
    year,
    kind,
    table_state,
    cast(budget_yuan * 0.0001 as decimal(18, 2)) as budget_wan,
    cast(actual_yuan * 0.0001 as decimal(18, 2)) as actual_wan,
    round(actual_to_budget_rate, 2) as actual_to_budget_pct,
    cast(overseas_travel_actual_yuan * 0.0001 as decimal(18, 2)) as overseas_travel_wan,
    cast(reception_actual_yuan * 0.0001 as decimal(18, 2)) as reception_wan,
    cast(vehicle_purchase_actual_yuan * 0.0001 as decimal(18, 2)) as vehicle_purchase_wan,
    cast(vehicle_operation_actual_yuan * 0.0001 as decimal(18, 2)) as vehicle_operation_wan,
    cast(prior_year_actual_yuan * 0.0001 as decimal(18, 2)) as prior_year_wan,
    round(yoy_change_rate, 2) as yoy_change_pct,
    prior_year_source
from mart_three_public
where unit_id = $unit_id
  and (cast($year as integer) is null or year <= cast($year as integer))
order by year, kind;
