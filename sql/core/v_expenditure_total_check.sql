-- Per expenditure table and column: the printed 合计 row against the sum of its 类 rows (money in 元). Differences
-- within rounding of the printed 0.01 万元 parts are expected (fiscal-reports.md §3); larger ones are findings.
create or replace view v_expenditure_total_check as
with totals as (
    select report_table_id, column_path, min(amount_yuan) as printed_total_yuan, min(source_line) as total_line
    from fact_expenditure
    where row_kind = 'total' and function_code is null and amount_yuan is not null
    group by report_table_id, column_path
    having count(*) = 1
),
classes as (
    select report_table_id, column_path, sum(amount_yuan) as class_sum_yuan, count(*) as class_rows
    from fact_expenditure
    where function_level = '类' and amount_yuan is not null
    group by report_table_id, column_path
)
select
    t.report_table_id, f.report_version_id, f.catalog_id, f.printed_title, t.column_path,
    t.printed_total_yuan, c.class_sum_yuan, c.class_rows, c.class_sum_yuan - t.printed_total_yuan as difference_yuan,
    t.total_line
from totals t
join classes c using (report_table_id, column_path)
join report_table f using (report_table_id);
