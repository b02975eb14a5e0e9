-- 单位支出结构: the unit's mart_expenditure_structure rows (基本/项目, 人员/公用, 功能分类 类). Filter: $unit (required).
select m.*
from mart_expenditure_structure as m
where m.unit_id = cast($unit as bigint)
order by m.year desc;
