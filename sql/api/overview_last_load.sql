-- 最近加载: when reports were last loaded into the warehouse, and what that load brought.
with last as (
    select max(loaded_at) as loaded_at from dim_report
)

select
    l.loaded_at as last_loaded_at,
    (select count(*) from dim_report where loaded_at >= l.loaded_at - interval 1 hour) as reports_in_last_hour,
    (select count(*) from dim_report where is_current) as current_reports,
    (select count(*) from dim_report where not is_current) as superseded_reports,
    (select count(distinct unit_id) from dim_report where is_current) as units
from last as l;
