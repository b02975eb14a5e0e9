-- Versions held back because they are worse than the current version, with what is worse; accepted ones drop out.
create or replace view v_report_held as
select
    h.report_version_id,
    h.current_version_id,
    r.file_name,
    r.unit_name,
    r.year,
    r.kind,
    r.phase,
    r.fact_count,
    c.fact_count as current_fact_count,
    h.reason,
    h.held_at
from report_hold h
join dim_report r on r.report_version_id = h.report_version_id
join dim_report c on c.report_version_id = h.current_version_id
where h.accepted_at is null;
