select f.severity, count(*) as findings
from data_quality_finding f
join dim_report r on r.report_version_id = f.report_version_id and r.is_current
group by f.severity
order by case f.severity when 'error' then 0 when 'warning' then 1 else 2 end;
