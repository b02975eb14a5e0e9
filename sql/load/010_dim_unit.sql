-- The units of the staged reports: new units get the next ids (in load order); a known unit collects its printed
-- names and takes region / parent department from the latest version that states them.
insert into dim_unit (unit_id, normalized_name, printed_names, region_code, parent_department, first_loaded_at)
select
    (select coalesce(max(unit_id), 0) from dim_unit) + row_number() over (order by n.first_version),
    n.unit_name, n.printed_names, n.region_code, n.parent_department, n.loaded_at
from (
    select
        s.unit_name,
        min(s.report_version_id)                                                          as first_version,
        list_distinct(list(s.unit_name_printed order by s.report_version_id))             as printed_names,
        arg_max(s.region_code, s.report_version_id) filter (where s.region_code is not null)             as region_code,
        arg_max(s.parent_department, s.report_version_id) filter (where s.parent_department is not null) as parent_department,
        min(s.loaded_at)                                                                  as loaded_at
    from stg_report s
    group by s.unit_name
) n
where not exists (select 1 from dim_unit u where u.normalized_name = n.unit_name);

update dim_unit
set printed_names = list_distinct(list_concat(dim_unit.printed_names, s.printed_names)),
    region_code = coalesce(s.region_code, dim_unit.region_code),
    parent_department = coalesce(s.parent_department, dim_unit.parent_department)
from (
    select
        unit_name,
        list(unit_name_printed order by report_version_id)                                          as printed_names,
        arg_max(region_code, report_version_id) filter (where region_code is not null)             as region_code,
        arg_max(parent_department, report_version_id) filter (where parent_department is not null) as parent_department
    from stg_report
    group by unit_name
) s
where dim_unit.normalized_name = s.unit_name
  and (len(list_filter(s.printed_names, n -> not list_contains(dim_unit.printed_names, n))) > 0
       or (s.region_code is not null and dim_unit.region_code is distinct from s.region_code)
       or (s.parent_department is not null and dim_unit.parent_department is distinct from s.parent_department));
