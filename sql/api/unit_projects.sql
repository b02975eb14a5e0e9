-- 单位项目执行: the unit's mart_project_execution rows (执行率, 得分). Filter: $unit (required).
select m.*
from mart_project_execution as m
where m.unit_id = cast($unit as bigint)
order by m.year desc;
