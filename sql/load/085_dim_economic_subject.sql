-- 经济分类 codes printed in this report but not in the national list are added; printed names are collected.
insert into dim_economic_subject
select
    seen.code,
    seen.system,
    seen.level,
    case when length(seen.code) = 5 then left(seen.code, 3) end,
    seen.name,
    seen.names
from (
    select subject_code as code, subject_system as system, any_value(subject_level) as level,
           arg_min(row_label, report_version_id * 10000000 + first_cell) as name, list_sort(list_distinct(list(row_label))) as names
    from stg_subject_row
    where subject_system in ('部门经济分类', '政府预算经济分类') and not code_mapped_by_name
    group by subject_code, subject_system
) seen
where not exists (select 1 from dim_economic_subject d where d.code = seen.code and d.system = seen.system);

update dim_economic_subject
set printed_names = list_sort(list_distinct(list_concat(dim_economic_subject.printed_names, seen.names)))
from (
    select subject_code as code, subject_system as system, list_distinct(list(row_label)) as names
    from stg_subject_row
    where subject_system in ('部门经济分类', '政府预算经济分类')
    group by subject_code, subject_system
) seen
where dim_economic_subject.code = seen.code
  and dim_economic_subject.system = seen.system
  and len(list_filter(seen.names, n -> not list_contains(dim_economic_subject.printed_names, n))) > 0;
