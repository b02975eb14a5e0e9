-- What a batch just loaded, per report version: facts, findings, and whether it replaced a current version.
select
    r.report_version_id,
    r.fact_count,
    r.finding_count,
    exists (select 1 from dim_report old where old.superseded_by = r.report_version_id) as replaced
from dim_report r
where r.report_version_id between $first and $last
order by r.report_version_id;
