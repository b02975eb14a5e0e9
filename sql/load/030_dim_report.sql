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
    (select count(*) from stg_table t where t.report_version_id = s.report_version_id) as table_count,
    (select count(*) from stg_cell c where c.report_version_id = s.report_version_id)
      + (select count(*) from stg_narrative n where n.report_version_id = s.report_version_id) as fact_count,
    (select count(*) from stg_finding f where f.report_version_id = s.report_version_id) as finding_count
from stg_report s
join dim_unit u on u.normalized_name = s.unit_name;
