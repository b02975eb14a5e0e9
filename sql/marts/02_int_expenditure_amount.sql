-- Intermediate: one amount per current report, scope, 功能分类 code (null = the scope's 合计), expense type and measure,
-- read from the expenditure tables. Scope is the money the amount covers: total (all sources: 支出决算表 / 预算支出总表),
-- fiscal_appropriation (财政拨款: 04表 / 财政拨款收支总表), general_budget (一般公共预算: 05表 / 一般公共预算支出预算表),
-- gov_fund_budget (07表), soe_capital_budget (08表).
create or replace view int_expenditure_amount as
with current_report as (
    select report_version_id, unit_id, year, kind, phase
    from dim_report
    where is_current
),

-- Expenditure tables proper: the scope is the column's fund source; a column with no fund is all sources.
from_expenditure as (
    select
        f.report_version_id,
        case when f.fund_source is null or f.fund_source = 'total' then 'total' else f.fund_source end as scope,
        f.function_code,
        coalesce(f.expense_type, 'total') as expense_type,
        f.measure,
        f.amount_yuan,
        f.row_label,
        f.source_file,
        f.source_line,
        1 as priority,
        f.report_table_id
    from fact_expenditure as f
    where f.amount_yuan is not null
      and f.measure in ('initial_budget', 'adjusted_budget', 'final_account')
      and (f.function_code is not null or f.row_kind = 'total')
),

-- The 财政拨款 总表 (04表 / 财政拨款收支总表) prints the fiscal-appropriation total per 类 on its expenditure side; its
-- 合计/小计 column is all 财政拨款 even when the header says only 合计.
from_fiscal_summary as (
    select
        c.report_version_id,
        'fiscal_appropriation' as scope,
        c.function_code,
        'total' as expense_type,
        coalesce(c.measure, case when r.phase = '预算' then 'initial_budget' else 'final_account' end) as measure,
        c.amount_yuan,
        c.row_label,
        c.source_file,
        c.source_line,
        2 as priority,
        c.report_table_id
    from fact_table_cell as c
    inner join report_table as t on t.report_table_id = c.report_table_id
    inner join dim_report as r on r.report_version_id = c.report_version_id
    where c.amount_yuan is not null
      and c.block = 'expenditure'
      and (c.fund_source = 'fiscal_appropriation'
           or (coalesce(c.fund_source, 'total') = 'total' and t.printed_title like '%财政拨款%总表%'))
      and coalesce(c.measure, 'initial_budget') in ('initial_budget', 'adjusted_budget', 'final_account')
      and (
          (c.function_code is not null and length(c.function_code) = 3)
          or (c.function_code is null and regexp_replace(c.row_label, '\s', '', 'g') like '%本年支出合计%')
      )
),

candidates as (
    select * from from_expenditure
    union all
    select * from from_fiscal_summary
)

-- A report can print the same figure in two tables; the expenditure table wins, then the first table printed.
select
    r.report_version_id,
    r.unit_id,
    r.year,
    r.kind,
    r.phase,
    c.scope,
    c.function_code,
    c.expense_type,
    c.measure,
    arg_min(c.amount_yuan, (c.priority, c.report_table_id, c.source_line)) as amount_yuan,
    arg_min(c.row_label, (c.priority, c.report_table_id, c.source_line)) as row_label,
    arg_min(c.source_file, (c.priority, c.report_table_id, c.source_line)) as source_file,
    arg_min(c.source_line, (c.priority, c.report_table_id, c.source_line)) as source_line
from candidates as c
inner join current_report as r on r.report_version_id = c.report_version_id
group by all;
