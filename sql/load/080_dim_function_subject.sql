-- 功能分类 codes as printed in this report: new codes are added with their first printed name; every printed name is kept.
insert into dim_function_subject
select
    seen.code,
    seen.level,
    left(seen.code, 3),
    case when length(seen.code) >= 5 then left(seen.code, 5) end,
    seen.name,
    seen.names
from (
    select subject_code as code, any_value(subject_level) as level,
           arg_min(row_label, report_version_id * 10000000 + first_cell) as name, list_sort(list_distinct(list(row_label))) as names
    from stg_subject_row
    where subject_system = 'function' and not code_mapped_by_name
    group by subject_code
) seen
where not exists (select 1 from dim_function_subject d where d.code = seen.code);

update dim_function_subject
set printed_names = list_sort(list_distinct(list_concat(dim_function_subject.printed_names, seen.names)))
from (
    select subject_code as code, list_distinct(list(row_label)) as names
    from stg_subject_row
    where subject_system = 'function'
    group by subject_code
) seen
where dim_function_subject.code = seen.code
  and len(list_filter(seen.names, n -> not list_contains(dim_function_subject.printed_names, n))) > 0;
