-- The report rows; its tables, facts and findings are appended by the loader directly (counted on the parse workers).
insert into dim_report
select
    s.report_version_id,
    s.report_key,
    s.file_name,
    s.content_hash,
    u.unit_id,
    s.unit_name,
    s.unit_name_printed,
    s.region_code,
    s.year,
    s.kind,
    s.phase,
    s.version,
    s.loaded_at,
    true as is_current,
    null as superseded_by,
    s.source_format,
    s.encoding,
    s.size_bytes,
    s.table_count,
    s.fact_count,
    s.finding_count
from stg_report s
join dim_unit u on u.normalized_name = s.unit_name;
