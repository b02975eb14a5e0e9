-- Every flag on the unit, with its reason (validation errors included).
select year, kind, flag, severity, subject, reason, source_file, source_line
from mart_anomalies
where unit_id = $unit_id
  and (cast($year as integer) is null or year = cast($year as integer))
order by year, case severity when 'high' then 1 when 'medium' then 2 else 3 end, flag, subject;
