-- What a lake holds: the core tables (staging is transient and not exported), then the marts' views.
select table_name, case when table_type = 'VIEW' then 'mart' else 'table' end as kind
from information_schema.tables
where table_schema = 'main'
  and ((table_type = 'BASE TABLE' and table_name not like 'stg\_%' escape '\')
       or (table_type = 'VIEW' and table_name like 'mart\_%' escape '\'))
order by kind desc, table_name;
