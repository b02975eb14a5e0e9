-- Narrative fact ids follow the report's cells (cell ordinals start at 1, figures after the last cell).
insert into fact_narrative
select
    n.report_version_id * 10000000 + (select count(*) from stg_cell c where c.report_version_id = n.report_version_id) + n.figure_ordinal,
    n.report_version_id,
    n.topic,
    n.measure,
    n.subject,
    n.subject_code,
    n.amount_yuan,
    n.value,
    n.printed_text,
    n.unit,
    n.sentence,
    r.file_name,
    n.source_line,
    n.source_page
from stg_narrative n
join stg_report r using (report_version_id);
