-- mart_region_summary: how a county, prefecture or province is doing, per year.
-- Grain: one row per region that holds at least one unit (counted at the unit's own region and at each parent via
-- dim_region: county → prefecture → province) and per year of any report in the warehouse.
-- Execution rates are the units' 一般公共预算 rates against 年初预算 (mart_execution_rate, subject_level 'total').
-- Sums count each unit's money once: a 单位 whose 主管部门 (dim_unit.parent_department) is loaded with a 部门 report of
-- the same year is inside that report's consolidated totals, so its own amounts stay out of the region's sums (its
-- rate is still one of the rates the median, min and max describe, and it still counts as reporting).
create or replace view mart_region_summary as
with unit_region as (
    select u.unit_id, u.normalized_name, x.region_code
    from dim_unit as u
    inner join dim_region as g on g.region_code = u.region_code
    cross join lateral (select unnest(list_distinct(list_filter([g.region_code, g.prefecture_code, g.province_code], c -> c is not null))) as region_code) as x
),

years as (
    select distinct year from dim_report where is_current and year is not null
),

report as (
    select r.report_version_id, r.unit_id, r.year, r.phase
    from dim_report as r
    where r.is_current
),

consolidated as (
    select distinct r.unit_id, r.year
    from dim_report as r
    inner join dim_unit as u on u.unit_id = r.unit_id
    inner join dim_unit as parent on parent.normalized_name = fw_name_key(u.parent_department) and parent.unit_id <> u.unit_id
    inner join dim_report as d on d.unit_id = parent.unit_id and d.is_current and d.kind = '部门' and d.year = r.year
    where r.is_current and r.kind = '单位'
),

report_total as (
    select
        a.report_version_id,
        max(a.amount_yuan) filter (where a.phase = '预算' and a.measure = 'initial_budget') as budget_total_yuan,
        max(a.amount_yuan) filter (where a.phase = '决算' and a.measure = 'final_account') as final_total_yuan
    from int_expenditure_amount as a
    where a.scope = 'total' and a.function_code is null and a.expense_type = 'total'
    group by a.report_version_id
),

region_year as (
    select distinct ur.region_code, y.year
    from unit_region as ur
    cross join years as y
),

reporting as (
    select
        ur.region_code, r.year,
        count(distinct r.unit_id) as units_reporting,
        count(*) filter (where r.phase = '预算') as budget_reports,
        count(*) filter (where r.phase = '决算') as final_reports,
        sum(t.budget_total_yuan) filter (where c.unit_id is null) as budget_total_yuan,
        sum(t.final_total_yuan) filter (where c.unit_id is null) as final_total_yuan
    from report as r
    inner join unit_region as ur on ur.unit_id = r.unit_id
    left join report_total as t on t.report_version_id = r.report_version_id
    left join consolidated as c on c.unit_id = r.unit_id and c.year = r.year
    group by all
),

rates as (
    select
        ur.region_code, e.year,
        count(e.rate_vs_initial) as units_with_rate,
        sum(e.initial_budget_yuan) filter (where e.final_yuan is not null and c.unit_id is null) as general_budget_initial_yuan,
        sum(e.final_yuan) filter (where e.initial_budget_yuan is not null and c.unit_id is null) as general_budget_final_yuan,
        median(e.rate_vs_initial) as median_rate_vs_initial,
        min(e.rate_vs_initial) as min_rate_vs_initial,
        max(e.rate_vs_initial) as max_rate_vs_initial,
        quantile_cont(e.rate_vs_initial, 0.75) - quantile_cont(e.rate_vs_initial, 0.25) as iqr_rate_vs_initial
    from mart_execution_rate as e
    inner join unit_region as ur on ur.unit_id = e.unit_id
    left join consolidated as c on c.unit_id = e.unit_id and c.year = e.year
    where e.scope = 'general_budget' and e.subject_level = 'total' and e.rate_vs_initial is not null
    group by all
),

three_public as (
    select
        ur.region_code, t.year,
        sum(t.budget_yuan) filter (where c.unit_id is null) as three_public_budget_yuan,
        sum(t.actual_yuan) filter (where c.unit_id is null) as three_public_actual_yuan
    from mart_three_public as t
    inner join unit_region as ur on ur.unit_id = t.unit_id
    left join consolidated as c on c.unit_id = t.unit_id and c.year = t.year
    group by all
),

-- units of the region with a report in some other year but none in this one
missing as (
    select
        ry.region_code, ry.year,
        count(*) as units_missing,
        list(ur.normalized_name order by ur.normalized_name) as units_missing_names
    from region_year as ry
    inner join unit_region as ur on ur.region_code = ry.region_code
    where exists (select 1 from report as r where r.unit_id = ur.unit_id and r.year <> ry.year)
      and not exists (select 1 from report as r where r.unit_id = ur.unit_id and r.year = ry.year)
    group by all
)

select
    ry.region_code,
    g.name as region_name,
    g.level as region_level,
    g.parent_code as parent_region_code,
    ry.year,
    coalesce(p.units_reporting, 0) as units_reporting,
    coalesce(p.budget_reports, 0) as budget_reports,
    coalesce(p.final_reports, 0) as final_reports,
    p.budget_total_yuan,
    p.final_total_yuan,
    coalesce(r.units_with_rate, 0) as units_with_rate,
    r.general_budget_initial_yuan,
    r.general_budget_final_yuan,
    fw_pct(r.general_budget_final_yuan, r.general_budget_initial_yuan) as pooled_rate_vs_initial,
    r.median_rate_vs_initial,
    r.min_rate_vs_initial,
    r.max_rate_vs_initial,
    r.max_rate_vs_initial - r.min_rate_vs_initial as rate_spread,
    r.iqr_rate_vs_initial,
    tp.three_public_budget_yuan,
    tp.three_public_actual_yuan,
    coalesce(m.units_missing, 0) as units_missing,
    coalesce(m.units_missing_names, []::varchar[]) as units_missing_names
from region_year as ry
inner join dim_region as g on g.region_code = ry.region_code
left join reporting as p on p.region_code = ry.region_code and p.year = ry.year
left join rates as r on r.region_code = ry.region_code and r.year = ry.year
left join three_public as tp on tp.region_code = ry.region_code and tp.year = ry.year
left join missing as m on m.region_code = ry.region_code and m.year = ry.year;
