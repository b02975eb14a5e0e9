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
    -- The line count from the stored text itself: counting the report_source_line view made DuckDB cut every
    -- report's lines out (12 s on 10,000 reports) before the correlated filter applied.
    (select len(s.line_numbers) from report_source_text as s where s.report_version_id = r.report_version_id) as stored_lines
from dim_report as r
left join dim_region as d on d.region_code = r.region_code
where r.report_version_id = cast($report as bigint);
