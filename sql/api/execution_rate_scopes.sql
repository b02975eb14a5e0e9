-- 口径 present in mart_execution_rate, for the scope filter.
select scope, count(*) as rows
from mart_execution_rate
group by scope
order by case scope when 'total' then 0 else 1 end, scope;
