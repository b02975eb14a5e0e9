-- The versions of a batch that replaced a current version, with what the replacement policy compares: facts, tables,
-- error rules the old version did not raise, and truncation the old version did not have.
select
    n.report_version_id,
    o.report_version_id as old_version_id,
    n.fact_count,
    o.fact_count as old_fact_count,
    n.table_count,
    o.table_count as old_table_count,
    (select string_agg(distinct f.rule_id, ', ' order by f.rule_id)
       from data_quality_finding f
      where f.report_version_id = n.report_version_id and f.severity = 'error'
        and f.rule_id not in (select g.rule_id from data_quality_finding g where g.report_version_id = o.report_version_id and g.severity = 'error')) as new_error_rules,
    exists (select 1 from data_quality_finding f where f.report_version_id = n.report_version_id and f.rule_id = 'table.truncated')
      and not exists (select 1 from data_quality_finding g where g.report_version_id = o.report_version_id and g.rule_id = 'table.truncated') as newly_truncated,
    n.file_name
from dim_report n
join dim_report o on o.superseded_by = n.report_version_id
where n.report_version_id between $first and $last
order by n.report_version_id;
