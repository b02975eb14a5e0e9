-- mart_anomaly_detail: every row of mart_anomalies, readable by a manager: the region's name, the size of the anomaly
-- as a percent (执行率, 决算 ÷ 预算, 同比, 公布率), whether it is over- or under-spending, where the budget came from,
-- and the reason in Chinese with thousands separators. mart_anomalies stays the one definition of what is flagged;
-- this view only explains it.
create or replace view mart_anomaly_detail as
with anomaly as (
    select a.*
    from mart_anomalies as a
),

joined as (
    select
        a.*,
        e.initial_budget_yuan as e_initial, e.final_yuan as e_final, e.budget_source as e_source, e.pefa_band_vs_initial as e_band,
        t.actual_yuan as t_actual, t.budget_source as t_source
    from anomaly as a
    left join mart_execution_rate as e
        on a.flag = 'execution_rate_pefa' and e.unit_id = a.unit_id and e.year is not distinct from a.year
        and e.kind is not distinct from a.kind and e.scope = a.subject and e.subject_level = 'total'
    left join mart_three_public as t
        on a.flag in ('three_public_over_budget', 'three_public_yoy_jump') and t.unit_id = a.unit_id
        and t.year is not distinct from a.year and t.kind is not distinct from a.kind
),

named as (
    select
        j.*,
        case j.subject
            when 'total' then '整体' when 'fiscal_appropriation' then '财政拨款' when 'general_budget' then '一般公共预算'
            when 'gov_fund_budget' then '政府性基金预算' when 'soe_capital_budget' then '国有资本经营预算'
            when 'three_public_total' then '三公经费合计' when 'overseas_travel' then '因公出国（境）费'
            when 'official_reception' then '公务接待费' when 'vehicle_purchase' then '公务用车购置费'
            when 'vehicle_operation' then '公务用车运行维护费'
            else j.subject
        end as subject_name,
        case coalesce(j.e_source, j.t_source)
            when 'final_report_table' then '决算报告表格' when 'final_report_narrative' then '决算报告正文'
            when 'final_report_self_evaluation' then '绩效自评表' when 'budget_report_table' then '预算报告表格'
            when 'budget_report_narrative' then '预算报告正文'
            else coalesce(j.e_source, j.t_source)
        end as budget_source_name
    from joined as j
)

select
    n.flag,
    n.severity,
    n.unit_id,
    n.unit_name,
    n.region_code,
    d.full_name as region_name,
    n.year,
    n.kind,
    n.subject,
    n.subject_name,
    n.observed_value,
    n.expected_value,
    n.threshold,
    case n.flag
        when 'three_public_over_budget' then fw_pct(n.observed_value, n.expected_value)
        when 'report_error_findings' then null
        else n.observed_value
    end as observed_pct,
    case
        when n.flag = 'execution_rate_pefa' and n.observed_value > 100 then 'over'
        when n.flag = 'execution_rate_pefa' and n.observed_value < 100 then 'under'
        when n.flag in ('three_public_over_budget', 'three_public_yoy_jump') then 'over'
    end as direction,
    coalesce(n.e_source, n.t_source) as budget_source,
    case n.flag
        when 'execution_rate_pefa' then format('{}决算 {} 元，年初预算 {} 元（预算来源：{}），执行率 {}%，{} {}%，超出 {}%（PEFA {} 档）',
            n.subject_name, format('{:,.2f}', n.e_final::double), format('{:,.2f}', n.e_initial::double), coalesce(n.budget_source_name, '不详'),
            format('{:,.2f}', n.observed_value::double), case when n.observed_value > 100 then '超支' else '未执行' end,
            format('{:,.2f}', abs(n.observed_value - 100)::double), format('{:,.0f}', n.threshold::double), coalesce(n.e_band, ''))
        when 'three_public_over_budget' then format('{}决算 {} 元，超过预算 {} 元（预算来源：{}），为预算的 {}%',
            n.subject_name, format('{:,.2f}', n.observed_value::double), format('{:,.2f}', n.expected_value::double),
            coalesce(n.budget_source_name, '不详'), format('{:,.2f}', fw_pct(n.observed_value, n.expected_value)::double))
        when 'three_public_yoy_jump' then
            case when n.expected_value = 0
                then format('三公经费决算 {} 元，上年为 0 元', format('{:,.2f}', n.t_actual::double))
                else format('三公经费决算 {} 元，上年 {} 元，同比增长 {}%，超过 {}%', format('{:,.2f}', n.t_actual::double),
                    format('{:,.2f}', n.expected_value::double), format('{:,.2f}', n.observed_value::double), format('{:,.0f}', n.threshold::double))
            end
        when 'published_rate_mismatch' then format('{}：公布执行率 {}%，按决算 ÷ 年初预算重算为 {}%，相差 {} 个百分点（允许 {}）',
            n.subject_name, format('{:,.2f}', n.observed_value::double), format('{:,.2f}', n.expected_value::double),
            format('{:,.2f}', abs(n.observed_value - n.expected_value)::double), format('{:,.2f}', n.threshold::double))
        when 'project_rate_mismatch' then format('项目“{}”：公布执行率 {}%，按全年执行数 ÷ 全年预算数重算为 {}%',
            n.subject, format('{:,.2f}', n.observed_value::double), format('{:,.2f}', n.expected_value::double))
        when 'report_error_findings' then format('报告 {}（{}）有 {} 个错误级数据质量问题：{}',
            coalesce(n.source_file, ''), n.subject, format('{:,}', n.observed_value::bigint), coalesce(regexp_extract(n.reason, 'finding\(s\): (.*)$', 1), ''))
        else n.reason
    end as reason_zh,
    n.reason,
    n.report_version_id,
    n.source_file,
    n.source_line
from named as n
left join dim_region as d on d.region_code = n.region_code;
