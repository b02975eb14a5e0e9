-- 单位执行率: the unit's mart_execution_rate rows, whole scopes and 类 level. Filter: $unit (required).
select m.*
from mart_execution_rate as m
where m.unit_id = cast($unit as bigint)
  and m.subject_level in ('total', '类')
order by m.year desc, m.kind, case m.scope when 'total' then 0 else 1 end, m.scope, m.subject_level desc, m.function_code;
