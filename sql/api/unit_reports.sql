-- 单位的报告: every loaded version of the unit's reports (current and superseded). Filter: $unit (required).
select
    r.report_version_id,
    r.year,
    r.kind,
    r.phase,
    r.version,
    r.is_current,
    r.file_name,
    r.unit_name_printed,
    r.region_code,
    r.loaded_at,
    r.table_count,
    r.fact_count,
    r.finding_count
from dim_report as r
where r.unit_id = cast($unit as bigint)
order by r.year desc, r.phase, r.kind, r.version desc;
