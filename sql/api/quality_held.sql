-- 被保留的新版本: report versions held by the replacement policy (v_report_held: worse than the current version,
-- not yet accepted), with what is worse and the command that accepts one. Filters: $year, $region.
select
    h.unit_name,
    h.year,
    h.phase,
    h.kind,
    h.file_name,
    h.fact_count,
    h.current_fact_count,
    h.reason,
    h.held_at,
    'fw load --accept ' || h.file_name as accept_command,
    h.report_version_id,
    h.current_version_id
from v_report_held as h
inner join dim_report as r on r.report_version_id = h.report_version_id
where (cast($year as integer) is null or h.year = cast($year as integer))
  and (cast($region as varchar) is null or starts_with(r.region_code, cast($region as varchar)))
order by h.held_at desc, h.file_name;
