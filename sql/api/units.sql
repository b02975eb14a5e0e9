-- 单位列表: units with current reports, their region and years. Filters: $q (name contains), $region, $kind.
-- A report without a year (a title the parser could not date) adds no null to the list: the reader refuses lists
-- holding nulls, and the reports count still includes it.
select
    u.unit_id,
    u.normalized_name as unit_name,
    u.region_code,
    d.full_name as region_name,
    u.parent_department,
    coalesce(list(distinct r.year order by r.year) filter (where r.year is not null), []) as years,
    count(*) as reports
from dim_unit as u
inner join dim_report as r on r.unit_id = u.unit_id and r.is_current
left join dim_region as d on d.region_code = u.region_code
where (cast($q as varchar) is null
       or contains(u.normalized_name, cast($q as varchar))
       or list_bool_or([contains(p, cast($q as varchar)) for p in u.printed_names]))
  and (cast($region as varchar) is null or starts_with(u.region_code, cast($region as varchar)))
  and (cast($kind as varchar) is null or r.kind = cast($kind as varchar))
group by u.unit_id, u.normalized_name, u.region_code, d.full_name, u.parent_department
order by u.region_code, u.normalized_name;
