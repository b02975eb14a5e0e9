-- 单位数据质量问题: findings of the unit's current reports, with their file and line. Filter: $unit (required).
select
    r.year,
    r.phase,
    r.kind,
    f.severity,
    f.rule_id,
    f.message,
    f.table_id,
    f.row_label,
    f.expected,
    f.printed,
    f.difference,
    t.unit as amount_unit,
    f.file_name,
    f.line as source_line,
    f.report_version_id
from data_quality_finding as f
inner join dim_report as r on r.report_version_id = f.report_version_id
left join report_table as t on t.report_table_id = f.report_table_id
where r.unit_id = cast($unit as bigint) and r.is_current
order by r.year desc, case f.severity when 'error' then 0 when 'warning' then 1 else 2 end, f.line;
