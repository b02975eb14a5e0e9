-- mart_anomalies: what stands out, one row per flag, each with the reason in words.
--   execution_rate_pefa      a scope's 决算 deviates from its 年初预算 beyond the PEFA A band (5%): band B (≤10%), C (≤15%), D
--   three_public_over_budget a 三公 total or part spent above its budget
--   three_public_yoy_jump    a 三公 total grew beyond three_public_yoy_threshold_pct (mart_parameter) on the previous year
--   published_rate_mismatch  the rate the document prints differs from the recomputed one beyond rate_tolerance
--   project_rate_mismatch    a project form's printed 执行率 differs from 全年执行数 ÷ 全年预算数 beyond 0.01 pp plus rounding
--   report_error_findings    a current report has validation findings of severity error
-- Grain: one row per flag and subject (unit, year, kind, scope/part/project, report).
create or replace view mart_anomalies as
with pefa as (
    select
        'execution_rate_pefa' as flag,
        case pefa_band_vs_initial when 'D' then 'high' when 'C' then 'medium' else 'low' end as severity,
        unit_id, unit_name, region_code, year, kind, final_report_version_id as report_version_id,
        scope as subject,
        rate_vs_initial as observed_value,
        100.000000::decimal(20, 6) as expected_value,
        case pefa_band_vs_initial when 'B' then 5 when 'C' then 10 else 15 end::decimal(20, 6) as threshold,
        format('{} 执行率 {}% of 年初预算 {} 元 (决算 {} 元, budget from {}): deviation {}% beyond {}%, PEFA band {}',
            scope, round(rate_vs_initial, 2), initial_budget_yuan::varchar, final_yuan::varchar, budget_source,
            round(abs(rate_vs_initial - 100), 2),
            case pefa_band_vs_initial when 'B' then 5 when 'C' then 10 else 15 end, pefa_band_vs_initial) as reason,
        null::varchar as source_file,
        published_rate_line as source_line
    from mart_execution_rate
    where subject_level = 'total' and pefa_band_vs_initial in ('B', 'C', 'D')
),

three_public_parts as (
    select unit_id, unit_name, region_code, year, kind, final_report_version_id, budget_source, part, budget, actual
    from mart_three_public
    cross join lateral (values
        ('three_public_total', budget_yuan, actual_yuan),
        ('overseas_travel', overseas_travel_budget_yuan, overseas_travel_actual_yuan),
        ('official_reception', reception_budget_yuan, reception_actual_yuan),
        ('vehicle_purchase', vehicle_purchase_budget_yuan, vehicle_purchase_actual_yuan),
        ('vehicle_operation', vehicle_operation_budget_yuan, vehicle_operation_actual_yuan)
    ) as p(part, budget, actual)
),

over_budget as (
    select
        'three_public_over_budget', 'medium',
        unit_id, unit_name, region_code, year, kind, final_report_version_id,
        part,
        actual::decimal(20, 6), budget::decimal(20, 6), budget::decimal(20, 6),
        format('三公 {}: actual {} 元 above budget {} 元 (budget from {}), {}%',
            part, actual::varchar, budget::varchar, budget_source, round(fw_pct(actual, budget), 2)),
        null::varchar, null::integer
    from three_public_parts
    where actual is not null and budget is not null and actual > budget
),

yoy_jump as (
    select
        'three_public_yoy_jump', 'medium',
        t.unit_id, t.unit_name, t.region_code, t.year, t.kind, t.final_report_version_id,
        'three_public_total',
        t.yoy_change_rate::decimal(20, 6), t.prior_year_actual_yuan::decimal(20, 6), p.value,
        case
            when t.prior_year_actual_yuan = 0 then
                format('三公 actual {} 元 from 0 元 the previous year ({})', t.actual_yuan::varchar, t.prior_year_source)
            else
                format('三公 actual {} 元 vs {} 元 the previous year ({}): +{}% beyond {}%',
                    t.actual_yuan::varchar, t.prior_year_actual_yuan::varchar, t.prior_year_source, round(t.yoy_change_rate, 2), p.value)
        end,
        null::varchar, null::integer
    from mart_three_public as t
    cross join (select value from mart_parameter where name = 'three_public_yoy_threshold_pct') as p
    where t.actual_yuan is not null and t.prior_year_actual_yuan is not null
      and (t.yoy_change_rate > p.value or (t.prior_year_actual_yuan = 0 and t.actual_yuan > 0))
),

rate_mismatch as (
    select
        'published_rate_mismatch', 'medium',
        unit_id, unit_name, region_code, year, kind, final_report_version_id,
        coalesce(function_code, scope),
        published_rate::decimal(20, 6), rate_vs_initial, rate_tolerance,
        format('{} {}: printed {} but 决算 {} 元 ÷ 年初预算 {} 元 = {}% (difference {} pp, tolerance {} pp)',
            scope, coalesce(function_code || ' ' || function_name, '合计'), published_rate_text, final_yuan::varchar,
            initial_budget_yuan::varchar, round(rate_vs_initial, 2), round(rate_difference, 2), round(rate_tolerance, 4)),
        null::varchar, published_rate_line
    from mart_execution_rate
    where rate_difference is not null and abs(rate_difference) > rate_tolerance
),

project_mismatch as (
    select
        'project_rate_mismatch', 'low',
        unit_id, unit_name, region_code, year, kind, report_version_id,
        project,
        printed_rate::decimal(20, 6), recomputed_rate,
        cast(0.01 + abs(recomputed_rate) * (50.0 / abs(adjusted_budget_yuan) + coalesce(50.0 / nullif(abs(executed_yuan), 0), 0)) as decimal(20, 6)),
        format('project {}: printed 执行率 {} but 全年执行数 {} 元 ÷ 全年预算数 {} 元 = {}%',
            project, printed_rate_text, executed_yuan::varchar, adjusted_budget_yuan::varchar, round(recomputed_rate, 2)),
        source_file, source_line
    from mart_project_execution
    where rate_difference is not null
      and abs(rate_difference) > 0.01 + abs(recomputed_rate) * (50.0 / abs(adjusted_budget_yuan) + coalesce(50.0 / nullif(abs(executed_yuan), 0), 0))
),

finding_count as (
    select
        f.report_version_id,
        count(*) as errors,
        string_agg(distinct f.rule_id, ', ' order by f.rule_id) as rule_ids,
        min(f.line) as first_line
    from data_quality_finding as f
    where f.severity = 'error'
    group by f.report_version_id
),

error_findings as (
    select
        'report_error_findings', 'high',
        r.unit_id, u.normalized_name, u.region_code, r.year, r.kind, r.report_version_id,
        r.phase,
        c.errors::decimal(20, 6), 0::decimal(20, 6), 0::decimal(20, 6),
        format('{} ({} {}): {} error finding(s): {}', r.file_name, r.kind, r.phase, c.errors, c.rule_ids),
        r.file_name, c.first_line
    from dim_report as r
    inner join finding_count as c on c.report_version_id = r.report_version_id
    inner join dim_unit as u on u.unit_id = r.unit_id
    where r.is_current
)

select * from pefa
union all select * from over_budget
union all select * from yoy_jump
union all select * from rate_mismatch
union all select * from project_mismatch
union all select * from error_findings;
