-- mart_expenditure_structure: what the money is spent on, as shares.
-- Grain: one row per entity (a unit's report, a region roll-up, or all units), year, kind, phase, dimension and category:
--   dimension 'expense_type'   categories basic / project, base = the scope's 合计 (支出决算表 / 预算支出总表)
--   dimension 'cost_type'      categories personnel / operating, base = personnel + operating (06表 / 基本支出分经济科目表)
--   dimension 'function_class' categories = 功能分类 类 codes, base = the scope's 合计
-- share_pct = amount ÷ base × 100 (6 decimals, NULL when the base is missing or zero). Roll-ups sum amounts and bases
-- over the reports that print both, per region (the unit's county, prefecture and province) and over all units.
create or replace view mart_expenditure_structure as
with current_report as (
    select report_version_id, unit_id, year, kind, phase
    from dim_report
    where is_current
),

-- the all-source table when the report has one, else the 一般公共预算 table
report_scope as (
    select report_version_id, min(case scope when 'total' then 1 else 2 end) as rank
    from int_expenditure_amount
    where scope in ('total', 'general_budget') and function_code is null and expense_type = 'total'
    group by report_version_id
),

scoped as (
    select a.*
    from int_expenditure_amount as a
    inner join report_scope as s
        on s.report_version_id = a.report_version_id
       and a.scope = case s.rank when 1 then 'total' else 'general_budget' end
    where a.measure = case a.phase when '决算' then 'final_account' else 'initial_budget' end
),

expense_type as (
    select
        p.report_version_id, p.unit_id, p.year, p.kind, p.phase, p.scope,
        'expense_type' as dimension, p.expense_type as category,
        case p.expense_type when 'basic' then '基本支出' else '项目支出' end as category_name,
        p.amount_yuan, b.amount_yuan as base_yuan
    from scoped as p
    inner join scoped as b
        on b.report_version_id = p.report_version_id and b.function_code is null and b.expense_type = 'total'
    where p.function_code is null and p.expense_type in ('basic', 'project')
),

function_class as (
    select
        p.report_version_id, p.unit_id, p.year, p.kind, p.phase, p.scope,
        'function_class' as dimension, p.function_code as category,
        coalesce(d.name, p.row_label) as category_name,
        p.amount_yuan, b.amount_yuan as base_yuan
    from scoped as p
    inner join scoped as b
        on b.report_version_id = p.report_version_id and b.function_code is null and b.expense_type = 'total'
    left join dim_function_subject as d on d.code = p.function_code
    where p.expense_type = 'total' and length(p.function_code) = 3
),

-- 人员经费 / 公用经费: a 人员经费/公用经费 column's total row, else the 人员经费合计 / 公用经费合计 footers,
-- else the classes (人员 = 301 + 303, 公用 = the other classes: fiscal-reports.md §3.1)
economic as (
    select
        e.report_version_id,
        regexp_replace(coalesce(e.row_label, ''), '\s', '', 'g') as label,
        e.*
    from fact_basic_expenditure_economic as e
    where e.amount_yuan is not null
),

cost_candidates as (
    select report_version_id, cost_type, 1 as priority, max(amount_yuan) as amount_yuan
    from economic
    where cost_type in ('personnel', 'operating') and (row_kind = 'total' or label in ('合计', '总计'))
    group by all
    union all
    select report_version_id, case when label like '人员经费%' then 'personnel' else 'operating' end, 2, max(amount_yuan)
    from economic
    where label like '人员经费%合计%' or label like '公用经费%合计%'
    group by all
    union all
    select report_version_id, case when economic_code in ('301', '303') then 'personnel' else 'operating' end, 3, sum(amount_yuan)
    from economic
    where length(economic_code) = 3 and coalesce(economic_system, '部门经济分类') = '部门经济分类' and cost_type is null
    group by all
),

cost_best as (
    select report_version_id, min(priority) as priority
    from cost_candidates
    group by report_version_id
),

cost as (
    select c.report_version_id, c.cost_type, c.amount_yuan
    from cost_candidates as c
    inner join cost_best as b on b.report_version_id = c.report_version_id and b.priority = c.priority
),

cost_type as (
    select
        r.report_version_id, r.unit_id, r.year, r.kind, r.phase, 'basic' as scope,
        'cost_type' as dimension, c.cost_type as category,
        case c.cost_type when 'personnel' then '人员经费' else '公用经费' end as category_name,
        c.amount_yuan,
        sum(c.amount_yuan) over (partition by c.report_version_id) as base_yuan
    from cost as c
    inner join current_report as r on r.report_version_id = c.report_version_id
),

unit_rows as (
    select * from expense_type
    union all
    select * from function_class
    union all
    select * from cost_type
),

-- a unit's report counts in its county, prefecture and province, and in 'all'
unit_region as (
    select u.unit_id, x.region_code
    from dim_unit as u
    inner join dim_region as g on g.region_code = u.region_code
    cross join lateral (select unnest(list_distinct(list_filter([g.region_code, g.prefecture_code, g.province_code], c -> c is not null))) as region_code) as x
),

rolled as (
    select
        'region' as entity, ur.region_code, u.year, u.kind, u.phase, u.dimension, u.category,
        any_value(u.category_name) as category_name,
        sum(u.amount_yuan) as amount_yuan, sum(u.base_yuan) as base_yuan, count(*) as report_count
    from unit_rows as u
    inner join unit_region as ur on ur.unit_id = u.unit_id
    group by all
    union all
    select
        'all', null, u.year, u.kind, u.phase, u.dimension, u.category,
        any_value(u.category_name), sum(u.amount_yuan), sum(u.base_yuan), count(*)
    from unit_rows as u
    group by all
)

select
    'unit' as entity,
    u.unit_id,
    d.normalized_name as unit_name,
    d.region_code,
    u.year,
    u.kind,
    u.phase,
    u.scope,
    u.dimension,
    u.category,
    u.category_name,
    u.amount_yuan,
    u.base_yuan,
    fw_pct(u.amount_yuan, u.base_yuan) as share_pct,
    1 as report_count,
    u.report_version_id
from unit_rows as u
inner join dim_unit as d on d.unit_id = u.unit_id
union all
select
    r.entity,
    null,
    null,
    r.region_code,
    r.year,
    r.kind,
    r.phase,
    null,
    r.dimension,
    r.category,
    r.category_name,
    r.amount_yuan,
    r.base_yuan,
    fw_pct(r.amount_yuan, r.base_yuan),
    r.report_count,
    null
from rolled as r;
