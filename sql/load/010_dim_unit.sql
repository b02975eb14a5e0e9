-- The unit of the staged report: new units get the next id; a known unit collects the printed name and fills in
-- region / parent department when this version states them.
insert into dim_unit (unit_id, normalized_name, printed_names, region_code, parent_department, first_loaded_at)
select (select coalesce(max(unit_id), 0) + 1 from dim_unit), s.unit_name, [s.unit_name_printed], s.region_code, s.parent_department, s.loaded_at
from stg_report s
where not exists (select 1 from dim_unit u where u.normalized_name = s.unit_name);

update dim_unit
set printed_names = list_distinct(list_append(dim_unit.printed_names, s.unit_name_printed)),
    region_code = coalesce(s.region_code, dim_unit.region_code),
    parent_department = coalesce(s.parent_department, dim_unit.parent_department)
from stg_report s
where dim_unit.normalized_name = s.unit_name
  and (not list_contains(dim_unit.printed_names, s.unit_name_printed)
       or (s.region_code is not null and dim_unit.region_code is distinct from s.region_code)
       or (s.parent_department is not null and dim_unit.parent_department is distinct from s.parent_department));
