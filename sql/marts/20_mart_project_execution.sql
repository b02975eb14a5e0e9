-- mart_project_execution: did each project spend its money?
-- Grain: one row per project form of a current report: a 绩效自评表 (决算; 全年预算数 / 全年执行数 / 执行率 / 得分 / 分值)
-- or a row of the 项目支出预算表 (预算; the budget only). Rates are percents; recomputed_rate = 全年执行数 ÷ 全年预算数,
-- as the forms define 执行率 (seed 001, line 753), NULL when the budget is missing or zero.
create or replace view mart_project_execution as
with current_report as (
    select r.report_version_id, r.unit_id, r.year, r.kind, r.phase
    from dim_report as r
    where r.is_current
),

perf as (
    select
        f.*,
        regexp_replace(coalesce(f.row_label, f.indicator, ''), '\s', '', 'g') as label,
        -- the form's funds line: 资金总额 (or the total-source row) before the per-source lines under it
        case
            when f.fund_source = 'total' then 0
            when regexp_replace(coalesce(f.row_label, f.indicator, ''), '\s', '', 'g') like '%资金总额%' then 0
            when f.row_kind = 'total' then 1
            when f.fund_source is null then 2
            else 3
        end as funds_priority
    from fact_performance as f
    inner join current_report as r on r.report_version_id = f.report_version_id
),

funds as (
    select
        report_version_id,
        report_table_id,
        arg_min(amount_yuan, (funds_priority, case when column_path like '%预算编制%' then 0 else 1 end, source_line))
            filter (where measure = 'initial_budget' and amount_yuan is not null) as initial_budget_yuan,
        arg_min(amount_yuan, (funds_priority, source_line))
            filter (where measure = 'adjusted_budget' and amount_yuan is not null) as adjusted_budget_yuan,
        arg_min(amount_yuan, (funds_priority, source_line))
            filter (where measure = 'final_account' and amount_yuan is not null) as executed_yuan,
        arg_min(amount_yuan, (funds_priority, source_line))
            filter (where measure = 'carryover' and amount_yuan is not null) as balance_yuan,
        arg_min(value, (funds_priority, source_line))
            filter (where measure = 'execution_rate' and value is not null and funds_priority < 3) as printed_rate,
        arg_min(printed_text, (funds_priority, source_line))
            filter (where measure = 'execution_rate' and value is not null and funds_priority < 3) as printed_rate_text,
        arg_min(value, (funds_priority, source_line))
            filter (where measure = 'score' and value is not null and funds_priority < 3 and label not like '%总分%') as execution_score,
        arg_min(value, (funds_priority, source_line))
            filter (where measure = 'weight' and value is not null and funds_priority < 3 and label not like '%总分%') as execution_weight,
        max(value) filter (where label like '%总分%' and measure = 'score') as total_score,
        max(value) filter (where label like '%总分%' and measure = 'weight') as total_weight,
        min(source_line) as source_line,
        any_value(source_file) as source_file
    from perf
    group by report_version_id, report_table_id
),

self_evaluation as (
    select
        r.unit_id, r.year, r.kind, r.phase, f.report_version_id, f.report_table_id,
        coalesce(t.subject, t.printed_title) as project,
        case t.catalog_id
            when 'perf_target' then 'performance_target'
            when 'perf_department_self_evaluation' then 'department_self_evaluation'
            else 'self_evaluation'
        end as source,
        f.initial_budget_yuan, f.adjusted_budget_yuan, f.executed_yuan, f.balance_yuan,
        f.printed_rate, f.printed_rate_text, f.execution_score, f.execution_weight, f.total_score, f.total_weight,
        f.source_file, f.source_line
    from funds as f
    inner join current_report as r on r.report_version_id = f.report_version_id
    inner join report_table as t on t.report_table_id = f.report_table_id
    where f.initial_budget_yuan is not null or f.adjusted_budget_yuan is not null or f.executed_yuan is not null
),

-- 项目支出预算表: one detail row per project, its 合计 column (all sources)
budget_list as (
    select
        r.unit_id, r.year, r.kind, r.phase, c.report_version_id, c.report_table_id,
        regexp_replace(c.row_label, '\s', '', 'g') as project,
        'project_budget_table' as source,
        arg_min(c.amount_yuan, c.fact_id) as initial_budget_yuan,
        null::decimal(18, 2) as adjusted_budget_yuan, null::decimal(18, 2) as executed_yuan, null::decimal(18, 2) as balance_yuan,
        null::decimal(38, 10) as printed_rate, null::varchar as printed_rate_text,
        null::decimal(38, 10) as execution_score, null::decimal(38, 10) as execution_weight,
        null::decimal(38, 10) as total_score, null::decimal(38, 10) as total_weight,
        any_value(c.source_file) as source_file, min(c.source_line) as source_line
    from fact_table_cell as c
    inner join report_table as t on t.report_table_id = c.report_table_id
    inner join current_report as r on r.report_version_id = c.report_version_id
    where t.printed_title like '%项目支出%预算表%'
      and coalesce(c.fund_source, 'total') = 'total'
      and coalesce(c.row_kind, 'detail') = 'detail'
      and c.amount_yuan is not null
      and c.row_label is not null
      and regexp_replace(c.row_label, '\s', '', 'g') not in ('', '合计', '总计')
      -- the unit's own subtotal row (printed twice in seed 004, lines 436–437) is not a project
      and not exists (
          select 1 from dim_unit as u
          where u.unit_id = r.unit_id
            and (fw_name_key(c.row_label) = u.normalized_name
                 or list_contains(u.printed_names, regexp_replace(c.row_label, '\s', '', 'g'))))
    group by all
),

projects as (
    select * from self_evaluation
    union all
    select * from budget_list
)

select
    p.unit_id,
    u.normalized_name as unit_name,
    u.region_code,
    p.year,
    p.kind,
    p.phase,
    p.project,
    p.source,
    p.initial_budget_yuan,
    p.adjusted_budget_yuan,
    p.executed_yuan,
    p.balance_yuan,
    fw_pct(p.executed_yuan, p.adjusted_budget_yuan) as recomputed_rate,
    fw_pct(p.executed_yuan, p.initial_budget_yuan) as rate_vs_initial,
    p.printed_rate,
    fw_pct(p.executed_yuan, p.adjusted_budget_yuan) - p.printed_rate as rate_difference,
    p.execution_score,
    p.execution_weight,
    p.total_score,
    p.total_weight,
    p.printed_rate_text,
    p.report_version_id,
    p.report_table_id,
    p.source_file,
    p.source_line
from projects as p
inner join dim_unit as u on u.unit_id = p.unit_id;
