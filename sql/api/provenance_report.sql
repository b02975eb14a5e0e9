-- 报告信息 for the provenance page: the report version, its unit and region. Filter: $report (required).
select
    r.report_version_id,
    r.file_name,
    r.unit_id,
    r.unit_name,
    r.unit_name_printed,
    r.region_code,
    d.full_name as region_name,
    r.year,
    r.kind,
    r.phase,
    r.version,
    r.is_current,
    r.loaded_at,
    r.content_hash,
    -- Filtered by the parameter, not correlated with r: DuckDB then scans only that report's row groups (1,000
    -- reports: 3 s → under 0.1 s), where the correlated form aggregates every report's lines first.
    (select count(*) from report_source_line as l where l.report_version_id = cast($report as bigint)) as stored_lines
from dim_report as r
left join dim_region as d on d.region_code = r.region_code
where r.report_version_id = cast($report as bigint);
