-- A new version of the same report (same unit, year, kind, phase): the current one becomes history.
update dim_report
set is_current = false,
    superseded_by = s.report_version_id
from stg_report s
where dim_report.report_key = s.report_key
  and dim_report.is_current;
