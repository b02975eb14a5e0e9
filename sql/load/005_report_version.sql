-- Versions count up per report (unit, year, kind, phase). The loader never stages two versions of one report in one
-- batch, so the next number is one more than what the warehouse holds.
update stg_report
set version = coalesce((select max(d.version) from dim_report d where d.report_key = stg_report.report_key), 0) + 1;
