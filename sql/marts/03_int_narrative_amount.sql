-- Intermediate: budget-execution figures stated in the prose of current reports, on the same keys as
-- int_expenditure_amount (scope, 功能分类 code or null for the scope's 合计, measure). Money in amount_yuan, rates
-- (execution_rate, change_rate) in rate_pct as printed. A subject printed as a name path
-- (社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）, fiscal-reports.md §2) is resolved to the code of the
-- report's own table row with that name (and that parent name when one matches), else to the standard 类 name.
-- Figures whose subject cannot be placed are left out (see the last where clause).
create or replace view int_narrative_amount as
with current_report as (
    select report_version_id, unit_id, year, kind, phase
    from dim_report
    where is_current
),

figure as (
    select
        n.*,
        case n.topic
            when 'general_budget_expenditure' then 'general_budget'
            when 'general_budget_expenditure_by_subject' then 'general_budget'
            when 'fiscal_appropriation_expenditure' then 'fiscal_appropriation'
            when 'total_expenditure' then 'total'
        end as scope,
        n.topic = 'general_budget_expenditure_by_subject' as by_subject,
        list_filter(
            regexp_split_to_array(regexp_replace(coalesce(n.subject, ''), '\s', '', 'g'), '[（(][类款项][）)]'),
            x -> x <> '') as names,
        regexp_matches(coalesce(n.subject, ''), '[（(][类款项][）)]') as has_markers
    from fact_narrative as n
    where n.topic in ('general_budget_expenditure', 'general_budget_expenditure_by_subject',
                      'fiscal_appropriation_expenditure', 'total_expenditure')
      and n.measure in ('initial_budget', 'adjusted_budget', 'final_account', 'execution_rate')
),

table_row as (
    select distinct
        report_version_id,
        function_code as code,
        regexp_replace(row_label, '\s', '', 'g') as label
    from fact_expenditure
    where function_code is not null and row_label is not null
),

-- Candidate codes for a subject name: same leaf name in the report's own tables; a matching parent name scores higher.
candidate as (
    select
        f.fact_id,
        t.code,
        (len(f.names) >= 2 and exists (
            select 1 from table_row as p
            where p.report_version_id = t.report_version_id
              and p.code = left(t.code, length(t.code) - 2)
              and p.label = f.names[len(f.names) - 1])) as parent_matches
    from figure as f
    inner join table_row as t
        on t.report_version_id = f.report_version_id
       and t.label = f.names[len(f.names)]
       and (not f.has_markers or length(t.code) = 1 + 2 * len(f.names))
    where f.by_subject and f.subject_code is null and len(f.names) >= 1
    union all
    select f.fact_id, d.code, false
    from figure as f
    inner join dim_function_subject as d
        on d.level = '类' and regexp_replace(d.name, '\s', '', 'g') = f.names[1]
    where f.by_subject and f.subject_code is null and len(f.names) = 1
),

best_candidate as (
    select fact_id, min(code) as code
    from (
        select *, max(parent_matches::int) over (partition by fact_id) as best
        from candidate
    )
    where parent_matches::int = best
    group by fact_id
    having count(distinct code) = 1
),

resolved as (
    select
        f.*,
        case when f.by_subject then coalesce(f.subject_code, b.code) end as function_code
    from figure as f
    left join best_candidate as b on b.fact_id = f.fact_id
)

-- A figure repeated in several sentences counts once: the first printed.
select
    r.report_version_id,
    r.unit_id,
    r.year,
    r.kind,
    r.phase,
    x.scope,
    x.function_code,
    x.measure,
    arg_min(x.amount_yuan, x.source_line) as amount_yuan,
    arg_min(x.value, x.source_line) as value,
    arg_min(x.printed_text, x.source_line) as printed_text,
    arg_min(x.subject, x.source_line) as subject,
    arg_min(x.source_file, x.source_line) as source_file,
    min(x.source_line) as source_line
from resolved as x
inner join current_report as r on r.report_version_id = x.report_version_id
-- A figure stands for a 功能分类 row only when its subject is placed on a code, and for the scope's 合计 only when it
-- names no subject at all: an unplaced part (事业单位经营支出, a path the tables do not print) is kept in fact_narrative
-- but never becomes a total's 年初/调整预算 (issue 17: a fragment read as 调整预算 once gave an execution rate of 6,169%).
where (x.by_subject and x.function_code is not null)
   or (not x.by_subject and x.subject is null)
group by all;
