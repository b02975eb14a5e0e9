-- 决算 ÷ 年初预算 per current 决算 report, from the report's own narrative (一般公共预算财政拨款支出 headline), the
-- final amount falling back to the 合计 of the 一般公共预算 expenditure table. The rate itself is computed exactly
-- by the caller from the two decimals (DuckDB divides decimals as doubles).
create or replace view v_unit_execution_rate as
with narrative as (
    select
        report_version_id,
        arg_min(amount_yuan, fact_id) filter (where measure = 'initial_budget' and amount_yuan is not null) as initial_yuan,
        arg_min(source_line, fact_id) filter (where measure = 'initial_budget' and amount_yuan is not null) as initial_line,
        arg_min(amount_yuan, fact_id) filter (where measure = 'final_account' and amount_yuan is not null) as final_yuan,
        arg_min(source_line, fact_id) filter (where measure = 'final_account' and amount_yuan is not null) as final_line,
        arg_min(value, fact_id) filter (where measure = 'execution_rate' and value is not null) as printed_rate_pct
    from fact_narrative
    where topic = 'general_budget_expenditure'
    group by report_version_id
),
from_tables as (
    select report_version_id, arg_min(amount_yuan, fact_id) as final_yuan, arg_min(source_line, fact_id) as final_line
    from fact_expenditure
    where fund_source = 'general_budget' and row_kind = 'total' and coalesce(expense_type, 'total') = 'total'
      and measure = 'final_account' and amount_yuan is not null
    group by report_version_id
)
select
    r.report_version_id, r.unit_name, r.year, r.region_code,
    n.initial_yuan as initial_budget_yuan,
    coalesce(n.final_yuan, t.final_yuan) as final_account_yuan,
    n.printed_rate_pct,
    case
        when n.final_yuan is not null then r.file_name || ':' || n.final_line
        when t.final_yuan is not null then r.file_name || ':' || t.final_line
    end as final_source,
    case when n.initial_yuan is not null then r.file_name || ':' || n.initial_line end as initial_source
from dim_report r
left join narrative n using (report_version_id)
left join from_tables t using (report_version_id)
where r.is_current and r.phase = '决算';
