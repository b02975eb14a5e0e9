-- 单位三公经费: the unit's mart_three_public rows. Filter: $unit (required).
select m.*
from mart_three_public as m
where m.unit_id = cast($unit as bigint)
order by m.year desc, m.kind;
