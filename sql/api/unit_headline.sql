-- 单位主要数字: per current report of the unit, the printed totals (支出合计 by measure, 三公 合计) each with its
-- lineage, so every headline number links to its table, row and source line. Filter: $unit (required).
with report as (
    select report_version_id, year, kind, phase
    from dim_report
    where unit_id = cast($unit as bigint) and is_current
),

candidate as (
    select
        '支出合计' as figure, e.report_version_id, e.fact_id, e.report_table_id, e.measure, e.amount_yuan,
        e.printed_text, e.printed_unit, e.row_label, e.column_path, e.source_line
    from fact_expenditure as e
    where e.report_version_id in (select report_version_id from report)
      and e.row_kind = 'total' and coalesce(e.expense_type, 'total') = 'total' and e.function_code is null
      and coalesce(e.fund_source, 'total') = 'total'
      and e.measure in ('initial_budget', 'adjusted_budget', 'final_account')
      and e.amount_yuan is not null
    union all
    select
        '三公经费合计', t.report_version_id, t.fact_id, t.report_table_id, t.measure, t.amount_yuan,
        t.printed_text, t.printed_unit, t.row_label, t.column_path, t.source_line
    from fact_three_public as t
    where t.report_version_id in (select report_version_id from report)
      and t.part = 'three_public_total'
      and t.measure in ('initial_budget', 'adjusted_budget', 'final_account')
      and t.amount_yuan is not null
),

first_printed as (
    -- A total can be printed in more than one table; the first one in the document is the headline.
    select *
    from candidate
    qualify row_number() over (partition by report_version_id, figure, measure order by source_line, fact_id) = 1
)

select
    r.year,
    r.phase,
    r.kind,
    f.figure,
    f.measure,
    m.name as measure_name,
    f.amount_yuan,
    f.printed_text,
    f.printed_unit,
    t.printed_title as table_title,
    f.row_label,
    f.column_path,
    f.source_line,
    f.report_version_id,
    f.fact_id
from first_printed as f
inner join report as r on r.report_version_id = f.report_version_id
left join report_table as t on t.report_table_id = f.report_table_id
left join dim_measure as m on m.measure = f.measure
order by r.year desc, r.phase, f.figure, f.measure;
