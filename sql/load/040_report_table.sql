-- report_table_id = report_version_id * 100000 + table ordinal: stable, so a lake import rebuilds the same ids.
insert into report_table
select
    t.report_version_id * 100000 + t.table_ordinal as report_table_id,
    t.report_version_id,
    t.table_ordinal,
    t.catalog_id,
    t.family,
    t.printed_title,
    t.printed_number,
    t.unit,
    t.is_known_empty,
    t.subject,
    t.source_file,
    t.source_line,
    t.source_page,
    t.last_line,
    t.column_count,
    t.row_count,
    (select count(*) from stg_cell c where c.report_version_id = t.report_version_id and c.table_ordinal = t.table_ordinal) as fact_count
from stg_table t;
