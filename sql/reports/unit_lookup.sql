-- Units a `fw report --unit NAME` may mean: the exact normalized or printed name, else every unit whose name contains it.
with exact as (
    select unit_id, normalized_name, region_code
    from dim_unit
    where normalized_name = $name or list_contains(printed_names, $name)
)
select unit_id, normalized_name, region_code from exact
union all
select unit_id, normalized_name, region_code
from dim_unit
where not exists (select 1 from exact) and contains(normalized_name, $name)
order by normalized_name;
