-- The thresholds the report was computed with.
select name, value from mart_parameter order by name;
