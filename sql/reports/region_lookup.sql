-- The region a `fw report --region CODE` names.
select region_code, name, level, full_name
from dim_region
where region_code = $region_code;
