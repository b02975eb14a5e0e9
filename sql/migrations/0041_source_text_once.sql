-- The lines 0040 stored one row each move into report_source_text (0010), one row per report version; the table
-- becomes the view report_source_line (sql/core) over it, so every query of it keeps working.
insert into report_source_text
select
    report_version_id,
    string_agg(text, '' order by line_no),
    list(line_no order by line_no),
    list_append(list(start order by line_no), max(start + length(text))),
    case when count(page) > 0 then list(page order by line_no) end
from (
    select *, coalesce(sum(length(text)) over (partition by report_version_id order by line_no rows between unbounded preceding and 1 preceding), 0) as start
    from report_source_line
) lines
group by report_version_id;

drop table report_source_line;
