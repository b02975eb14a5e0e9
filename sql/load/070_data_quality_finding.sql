-- A finding points at the recognized table whose lines contain it, when its table id names one.
insert into data_quality_finding
select
    f.report_version_id * 100000 + f.finding_ordinal,
    f.report_version_id,
    f.rule_id,
    f.severity,
    f.message,
    f.table_id,
    (select min(t.report_version_id * 100000 + t.table_ordinal)
       from stg_table t
      where t.report_version_id = f.report_version_id and t.catalog_id = f.table_id and f.line between t.source_line and t.last_line),
    f.row_label,
    f.file_name,
    f.line,
    f.line_label,
    f.expected,
    f.printed,
    f.difference,
    f.origin
from stg_finding f;
