-- Tables and views that `fw publish` copies to a BI server: the star schema (dim_*, fact_*), lineage (report_table),
-- findings, the run ledger and the marts. Staging tables and bookkeeping (schema_version, publish_ledger) stay home.
-- Facts go out as their six family views (migration 0060), the tables a BI server has always had: fact_cell, the one
-- table they read, would publish every cell twice.
select
    c.table_name,
    t.table_type = 'VIEW' as is_view,
    c.column_name,
    c.data_type,
    c.is_nullable = 'YES' as is_nullable
from information_schema.columns c
join information_schema.tables t
  on t.table_catalog = c.table_catalog and t.table_schema = c.table_schema and t.table_name = c.table_name
where c.table_schema = 'main'
  and (c.table_name like 'dim\_%' escape '\'
       or c.table_name like 'fact\_%' escape '\'
       or c.table_name like 'mart\_%' escape '\'
       or c.table_name in ('report_table', 'data_quality_finding', 'etl_run', 'etl_file'))
  and c.table_name <> 'fact_cell'
order by c.table_name, c.ordinal_position;
