-- mart_execution_rate: did each unit spend what it budgeted?
-- Grain: one row per unit, year, report kind (部门/单位), scope (total / fiscal_appropriation / general_budget /
-- gov_fund_budget / soe_capital_budget) and 功能分类 subject (subject_level 'total' = the scope's 合计, else 类/款/项).
-- Rates are percents (109.911861 = 109.91%), exact to 6 decimals, NULL when the denominator is missing or zero.
-- The 决算 comes from the current 决算 report (its tables, else its narrative); the 年初预算 from that report's own
-- columns, else its narrative, else the same unit's current 预算 report of that year (budget_source says which).
create or replace view mart_execution_rate as
with table_amount as (
    select * from int_expenditure_amount where expense_type = 'total'
),

narrative_amount as (
    select * from int_narrative_amount
),

-- 部门整体自评表 of a 决算: its 部门预算总额 line gives the whole budget's 年初预算数 and 全年预算数 (调整预算)
self_evaluation as (
    select
        r.unit_id, r.year, r.kind, 'total' as scope, null::varchar as function_code,
        arg_min(f.amount_yuan, f.source_line) filter (where f.measure = 'initial_budget') as e_initial,
        arg_min(f.amount_yuan, f.source_line) filter (where f.measure = 'adjusted_budget') as e_adjusted,
        max(r.report_version_id) as e_report
    from fact_performance as f
    inner join dim_report as r on r.report_version_id = f.report_version_id and r.is_current and r.phase = '决算'
    where f.catalog_id = 'perf_department_self_evaluation' and f.row_kind = 'total' and f.amount_yuan is not null
    group by all
),

keys as (
    select distinct unit_id, year, kind, scope, function_code
    from table_amount
    where measure in ('initial_budget', 'adjusted_budget', 'final_account')
      and scope in ('total', 'fiscal_appropriation', 'general_budget', 'gov_fund_budget', 'soe_capital_budget')
    union
    select distinct unit_id, year, kind, scope, function_code
    from narrative_amount
    where scope is not null
    union
    select unit_id, year, kind, scope, function_code
    from self_evaluation
),

-- Per key, one value per source: (f)inal report table / narrative, (b)udget report table / narrative.
pivoted as (
    select
        k.unit_id, k.year, k.kind, k.scope, k.function_code,
        max(t.amount_yuan) filter (where t.phase = '决算' and t.measure = 'final_account') as f_table_final,
        max(t.amount_yuan) filter (where t.phase = '决算' and t.measure = 'initial_budget') as f_table_initial,
        max(t.amount_yuan) filter (where t.phase = '决算' and t.measure = 'adjusted_budget') as f_table_adjusted,
        max(t.amount_yuan) filter (where t.phase = '预算' and t.measure = 'initial_budget') as b_table_initial,
        max(t.report_version_id) filter (where t.phase = '决算') as f_table_report,
        max(t.report_version_id) filter (where t.phase = '预算') as b_table_report,
        max(t.row_label) as table_label
    from keys as k
    left join table_amount as t
        on t.unit_id = k.unit_id and t.year is not distinct from k.year and t.kind = k.kind
       and t.scope = k.scope and t.function_code is not distinct from k.function_code
    group by all
),

with_narrative as (
    select
        p.*,
        max(n.amount_yuan) filter (where n.phase = '决算' and n.measure = 'final_account') as f_narr_final,
        max(n.amount_yuan) filter (where n.phase = '决算' and n.measure = 'initial_budget') as f_narr_initial,
        max(n.amount_yuan) filter (where n.phase = '决算' and n.measure = 'adjusted_budget') as f_narr_adjusted,
        max(n.value) filter (where n.phase = '决算' and n.measure = 'execution_rate') as published_rate,
        max(n.printed_text) filter (where n.phase = '决算' and n.measure = 'execution_rate') as published_rate_text,
        max(n.source_line) filter (where n.phase = '决算' and n.measure = 'execution_rate') as published_rate_line,
        max(n.amount_yuan) filter (where n.phase = '预算' and n.measure = 'initial_budget') as b_narr_initial,
        max(n.report_version_id) filter (where n.phase = '决算') as f_narr_report,
        max(n.report_version_id) filter (where n.phase = '预算') as b_narr_report,
        max(n.subject) as narrative_subject
    from pivoted as p
    left join narrative_amount as n
        on n.unit_id = p.unit_id and n.year is not distinct from p.year and n.kind = p.kind
       and n.scope = p.scope and n.function_code is not distinct from p.function_code
    group by all
),

with_evaluation as (
    select w.*, e.e_initial, e.e_adjusted, e.e_report
    from with_narrative as w
    left join self_evaluation as e
        on e.unit_id = w.unit_id and e.year is not distinct from w.year and e.kind = w.kind
       and e.scope = w.scope and w.function_code is null
),

chosen as (
    select
        w.*,
        coalesce(w.f_table_final, w.f_narr_final) as final_yuan,
        case
            when w.f_table_final is not null then 'final_report_table'
            when w.f_narr_final is not null then 'final_report_narrative'
        end as final_source,
        coalesce(w.f_table_initial, w.f_narr_initial, w.e_initial, w.b_table_initial, w.b_narr_initial) as initial_budget_yuan,
        case
            when w.f_table_initial is not null then 'final_report_table'
            when w.f_narr_initial is not null then 'final_report_narrative'
            when w.e_initial is not null then 'final_report_self_evaluation'
            when w.b_table_initial is not null then 'budget_report_table'
            when w.b_narr_initial is not null then 'budget_report_narrative'
        end as budget_source,
        coalesce(w.f_table_adjusted, w.f_narr_adjusted, w.e_adjusted) as adjusted_budget_yuan,
        case
            when w.f_table_adjusted is not null then 'final_report_table'
            when w.f_narr_adjusted is not null then 'final_report_narrative'
            when w.e_adjusted is not null then 'final_report_self_evaluation'
        end as adjusted_budget_source,
        coalesce(w.b_table_initial, w.b_narr_initial) as budget_report_initial_yuan,
        coalesce(w.f_table_report, w.f_narr_report, w.e_report) as final_report_version_id,
        coalesce(w.b_table_report, w.b_narr_report) as budget_report_version_id
    from with_evaluation as w
),

rated as (
    select
        c.*,
        fw_pct(c.final_yuan, c.initial_budget_yuan) as rate_vs_initial,
        fw_pct(c.final_yuan, c.adjusted_budget_yuan) as rate_vs_adjusted
    from chosen as c
)

select
    -- identity
    r.unit_id,
    u.normalized_name as unit_name,
    u.region_code,
    r.year,
    r.kind,
    r.scope,
    case
        when r.function_code is null then 'total'
        when length(r.function_code) = 3 then '类'
        when length(r.function_code) = 5 then '款'
        when length(r.function_code) = 7 then '项'
    end as subject_level,
    r.function_code,
    coalesce(r.table_label, d.name, r.narrative_subject) as function_name,
    -- amounts (元)
    r.initial_budget_yuan,
    r.adjusted_budget_yuan,
    r.final_yuan,
    -- rates (percent)
    r.rate_vs_initial,
    r.rate_vs_adjusted,
    r.published_rate,
    r.rate_vs_initial - r.published_rate as rate_difference,
    -- how far a printed rate may sit from the recomputed one: its own last printed digit, plus the rounding of
    -- 2-decimal 万元 inputs (±0.005 万元 = 50 元 each, fiscal-reports.md §3)
    case when r.published_rate is not null and r.rate_vs_initial is not null then
        cast(greatest(
            (select value from mart_parameter where name = 'rate_difference_tolerance_pct'),
            0.5 * pow(10, -coalesce(length(regexp_extract(r.published_rate_text, '\.(\d+)', 1)), 0))
        ) + abs(r.rate_vs_initial) * (50.0 / abs(r.initial_budget_yuan) + coalesce(50.0 / nullif(abs(r.final_yuan), 0), 0)) as decimal(20, 6))
    end as rate_tolerance,
    fw_pefa_band(r.rate_vs_initial) as pefa_band_vs_initial,
    fw_pefa_band(r.rate_vs_adjusted) as pefa_band_vs_adjusted,
    -- provenance
    r.budget_source,
    r.adjusted_budget_source,
    r.final_source,
    r.budget_report_initial_yuan,
    r.f_narr_final as narrative_final_yuan,
    r.final_report_version_id,
    r.budget_report_version_id,
    r.published_rate_text,
    r.published_rate_line
from rated as r
inner join dim_unit as u on u.unit_id = r.unit_id
left join dim_function_subject as d on d.code = r.function_code;
