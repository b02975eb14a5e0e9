-- Shares of 基本/项目, 人员/公用 and the largest 功能分类 类.
select year, kind, phase, dimension, category, category_name,
    fw_wan(amount_yuan) as amount_wan,
    round(share_pct, 2) as share_pct
from mart_expenditure_structure
where entity = 'unit' and unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
order by year, kind, phase, case dimension when 'expense_type' then 1 when 'cost_type' then 2 else 3 end, amount_yuan desc;
