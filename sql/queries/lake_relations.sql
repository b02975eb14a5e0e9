-- What a lake holds: the core tables (staging is transient and not exported), then the marts' views and the fact
-- families' views (over fact_cell since migration 0060): lake readers query fact_expenditure/year=… as before, an
-- import rebuilds them from fact_cell.
select table_name,
    case when table_type = 'BASE TABLE' then 'table' when table_name like 'mart\_%' escape '\' then 'mart' else 'view' end as kind
from information_schema.tables
where table_schema = 'main'
  and ((table_type = 'BASE TABLE' and table_name not like 'stg\_%' escape '\')
       or (table_type = 'VIEW' and (table_name like 'mart\_%' escape '\' or table_name like 'fact\_%' escape '\')))
order by kind <> 'table', kind, table_name;
