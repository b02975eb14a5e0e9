-- fw bench: real keys for the API queries that need a unit or a report.
select (select min(unit_id) from dim_unit), (select max(report_version_id) from dim_report), (select max(year) from dim_report);
