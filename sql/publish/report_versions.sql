-- Every loaded report version (current and history): the unit of incremental publishing.
select report_version_id from dim_report order by report_version_id;
