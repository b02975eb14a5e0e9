-- mart_three_public: “三公” budget and actual per unit and year, by part, with the year-on-year change and the
-- 经济分类 spending on the same items beside it (30212 因公出国, 30217 公务接待, 30231 公务用车运行维护, 31013 公务用车购置;
-- 06表 covers only 一般公共预算 基本支出, so these can be lower than the 三公 actual: fiscal-reports.md §3.2).
-- Grain: one row per unit, year and report kind that has a current report. A blank cell or a missing table stays NULL;
-- a 三公 table printed as 本表无数据 (table_state 'known_empty') states there was nothing, so its amounts are 0.00
-- (the guide's reading of seeds 000/001, fiscal-reports.md §4).
create or replace view mart_three_public as
with current_report as (
    select report_version_id, unit_id, year, kind, phase
    from dim_report
    where is_current
),

-- one amount per report, part and measure: the all-source (合计) column before any single fund's column
part_amount as (
    select
        r.unit_id, r.year, r.kind, r.phase, f.report_version_id, f.part, f.measure,
        arg_min(f.amount_yuan, (
            case coalesce(f.fund_source, 'total') when 'total' then 0 when 'fiscal_appropriation' then 1 else 2 end,
            f.source_line, f.fact_id)) as amount_yuan
    from fact_three_public as f
    inner join current_report as r on r.report_version_id = f.report_version_id
    where f.amount_yuan is not null and f.part is not null
    group by all
),

-- part_amount keyed by (unit, year, kind): 决算 table (预算数 = adjusted_budget, 决算数 = final_account) and 预算 table
pivot_parts as (
    select
        unit_id, year, kind,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'three_public_total') as f_actual,
        max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'three_public_total') as f_budget,
        max(amount_yuan) filter (where phase = '预算' and measure in ('initial_budget', 'adjusted_budget') and part = 'three_public_total') as b_budget,
        max(amount_yuan) filter (where measure = 'prior_year' and part = 'three_public_total') as t_prior,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'overseas_travel') as overseas_travel_actual_yuan,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'official_reception') as reception_actual_yuan,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'vehicle_total') as vehicle_actual_yuan,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'vehicle_purchase') as vehicle_purchase_actual_yuan,
        max(amount_yuan) filter (where phase = '决算' and measure = 'final_account' and part = 'vehicle_operation') as vehicle_operation_actual_yuan,
        coalesce(
            max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'overseas_travel'),
            max(amount_yuan) filter (where phase = '预算' and part = 'overseas_travel' and measure <> 'prior_year')) as overseas_travel_budget_yuan,
        coalesce(
            max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'official_reception'),
            max(amount_yuan) filter (where phase = '预算' and part = 'official_reception' and measure <> 'prior_year')) as reception_budget_yuan,
        coalesce(
            max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'vehicle_total'),
            max(amount_yuan) filter (where phase = '预算' and part = 'vehicle_total' and measure <> 'prior_year')) as vehicle_budget_yuan,
        coalesce(
            max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'vehicle_purchase'),
            max(amount_yuan) filter (where phase = '预算' and part = 'vehicle_purchase' and measure <> 'prior_year')) as vehicle_purchase_budget_yuan,
        coalesce(
            max(amount_yuan) filter (where phase = '决算' and measure in ('adjusted_budget', 'initial_budget') and part = 'vehicle_operation'),
            max(amount_yuan) filter (where phase = '预算' and part = 'vehicle_operation' and measure <> 'prior_year')) as vehicle_operation_budget_yuan
    from part_amount
    group by unit_id, year, kind
),

-- the prose: 三公 totals, and the document's own comparison with the previous year
narrative as (
    select
        r.unit_id, r.year, r.kind,
        arg_min(n.amount_yuan, n.source_line) filter (where r.phase = '决算' and n.measure = 'final_account') as n_actual,
        arg_min(n.amount_yuan, n.source_line) filter (where r.phase = '决算' and n.measure in ('adjusted_budget', 'initial_budget')) as n_budget,
        arg_min(n.amount_yuan, n.source_line) filter (where n.measure = 'prior_year') as n_prior,
        arg_min(n.amount_yuan, n.source_line) filter (where n.measure = 'change') as n_change
    from fact_narrative as n
    inner join current_report as r on r.report_version_id = n.report_version_id
    where n.topic = 'three_public' and n.amount_yuan is not null
    group by all
),

-- 三公 table presence per report phase: 2 data, 1 printed 本表无数据, 0 absent
table_state as (
    select
        r.unit_id, r.year, r.kind,
        max(case when t.report_table_id is null then 0 when t.is_known_empty then 1 else 2 end) filter (where r.phase = '决算') as f_state,
        max(case when t.report_table_id is null then 0 when t.is_known_empty then 1 else 2 end) filter (where r.phase = '预算') as b_state
    from current_report as r
    left join report_table as t on t.report_version_id = r.report_version_id and t.family = 'fact_three_public'
    group by all
),

economic as (
    select
        r.unit_id, r.year, r.kind,
        arg_min(e.amount_yuan, (case when e.cost_type is null then 0 else 1 end, e.source_line)) filter (where e.economic_code = '30212') as econ_30212_yuan,
        arg_min(e.amount_yuan, (case when e.cost_type is null then 0 else 1 end, e.source_line)) filter (where e.economic_code = '30217') as econ_30217_yuan,
        arg_min(e.amount_yuan, (case when e.cost_type is null then 0 else 1 end, e.source_line)) filter (where e.economic_code = '30231') as econ_30231_yuan,
        arg_min(e.amount_yuan, (case when e.cost_type is null then 0 else 1 end, e.source_line)) filter (where e.economic_code = '31013') as econ_31013_yuan
    from fact_basic_expenditure_economic as e
    inner join current_report as r on r.report_version_id = e.report_version_id and r.phase = '决算'
    where e.amount_yuan is not null and e.economic_code in ('30212', '30217', '30231', '31013')
      and coalesce(e.measure, 'final_account') = 'final_account'
    group by all
),

unit_year as (
    select
        r.unit_id, r.year, r.kind,
        max(r.report_version_id) filter (where r.phase = '决算') as final_report_version_id,
        max(r.report_version_id) filter (where r.phase = '预算') as budget_report_version_id
    from current_report as r
    group by all
),

combined as (
    select
        y.*,
        p.* exclude (unit_id, year, kind),
        n.* exclude (unit_id, year, kind),
        s.f_state,
        s.b_state,
        coalesce(s.f_state, s.b_state) as state,
        e.* exclude (unit_id, year, kind),
        -- a 三公 table printed as 本表无数据 states that there was nothing: 0, unlike a missing table (NULL)
        case when s.f_state = 1 then 0.00 end as f_empty,
        case when s.b_state = 1 then 0.00 end as b_empty,
        coalesce(p.f_actual, n.n_actual, case when s.f_state = 1 then 0.00 end) as actual_yuan,
        coalesce(p.f_budget, case when s.f_state = 1 then 0.00 end, p.b_budget, case when s.b_state = 1 then 0.00 end, n.n_budget) as budget_yuan,
        case
            when p.f_budget is not null or s.f_state = 1 then 'final_report_table'
            when p.b_budget is not null or s.b_state = 1 then 'budget_report_table'
            when n.n_budget is not null then 'final_report_narrative'
        end as budget_source
    from unit_year as y
    left join pivot_parts as p on p.unit_id = y.unit_id and p.year is not distinct from y.year and p.kind = y.kind
    left join narrative as n on n.unit_id = y.unit_id and n.year is not distinct from y.year and n.kind = y.kind
    left join table_state as s on s.unit_id = y.unit_id and s.year is not distinct from y.year and s.kind = y.kind
    left join economic as e on e.unit_id = y.unit_id and e.year is not distinct from y.year and e.kind = y.kind
),

with_prior as (
    select
        c.*,
        prev.actual_yuan as previous_report_actual_yuan,
        coalesce(prev.actual_yuan, c.t_prior, c.n_prior, c.actual_yuan - c.n_change) as prior_year_actual_yuan,
        case
            when prev.actual_yuan is not null then 'previous_year_report'
            when c.t_prior is not null then 'report_table'
            when c.n_prior is not null then 'report_narrative'
            when c.actual_yuan - c.n_change is not null then 'report_narrative_change'
        end as prior_year_source
    from combined as c
    left join combined as prev
        on prev.unit_id = c.unit_id and prev.kind = c.kind and prev.year = c.year - 1
)

select
    w.unit_id,
    u.normalized_name as unit_name,
    u.region_code,
    w.year,
    w.kind,
    case w.state when 2 then 'data' when 1 then 'known_empty' else 'missing' end as table_state,
    -- totals (元)
    w.budget_yuan,
    w.budget_source,
    coalesce(w.b_budget, w.b_empty) as initial_budget_yuan,
    w.actual_yuan,
    fw_pct(w.actual_yuan, w.budget_yuan) as actual_to_budget_rate,
    -- parts (元)
    coalesce(w.overseas_travel_budget_yuan, w.f_empty, w.b_empty) as overseas_travel_budget_yuan,
    coalesce(w.overseas_travel_actual_yuan, w.f_empty) as overseas_travel_actual_yuan,
    coalesce(w.reception_budget_yuan, w.f_empty, w.b_empty) as reception_budget_yuan,
    coalesce(w.reception_actual_yuan, w.f_empty) as reception_actual_yuan,
    coalesce(w.vehicle_budget_yuan, w.f_empty, w.b_empty) as vehicle_budget_yuan,
    coalesce(w.vehicle_actual_yuan, w.f_empty) as vehicle_actual_yuan,
    coalesce(w.vehicle_purchase_budget_yuan, w.f_empty, w.b_empty) as vehicle_purchase_budget_yuan,
    coalesce(w.vehicle_purchase_actual_yuan, w.f_empty) as vehicle_purchase_actual_yuan,
    coalesce(w.vehicle_operation_budget_yuan, w.f_empty, w.b_empty) as vehicle_operation_budget_yuan,
    coalesce(w.vehicle_operation_actual_yuan, w.f_empty) as vehicle_operation_actual_yuan,
    -- year on year
    w.prior_year_actual_yuan,
    w.prior_year_source,
    w.actual_yuan - w.prior_year_actual_yuan as yoy_change_yuan,
    fw_pct(w.actual_yuan - w.prior_year_actual_yuan, w.prior_year_actual_yuan) as yoy_change_rate,
    -- 部门经济分类 spending on the same items (06表, 决算)
    w.econ_30212_yuan,
    w.econ_30217_yuan,
    w.econ_30231_yuan,
    w.econ_31013_yuan,
    w.final_report_version_id,
    w.budget_report_version_id
from with_prior as w
inner join dim_unit as u on u.unit_id = w.unit_id;
