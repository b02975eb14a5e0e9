-- 源文件行: the stored text of the report's lines around $line (8 before, 8 after), the target line marked.
-- Filters: $report, $line (both required).
select
    l.line_no,
    l.page,
    l.text,
    l.line_no = cast($line as integer) as is_target
from report_source_line as l
where l.report_version_id = cast($report as bigint)
  and l.line_no between cast($line as integer) - 8 and cast($line as integer) + 8
order by l.line_no;
