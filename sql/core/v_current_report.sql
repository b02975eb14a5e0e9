-- The current version of every report (older versions stay in dim_report as history).
create or replace view v_current_report as
select * from dim_report where is_current;
