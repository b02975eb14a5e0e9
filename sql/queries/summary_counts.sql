select
    count(*)                        as reports,
    count(distinct unit_id)         as units,
    cast(coalesce(sum(table_count), 0) as bigint) as tables,
    cast(coalesce(sum(fact_count), 0) as bigint)  as facts
from dim_report
where is_current;
