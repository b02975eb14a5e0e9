-- Expenditure facts of current reports with the names analysts filter on.
create or replace view v_expenditure_current as
select
    r.unit_name, r.region_code, g.name as region_name, r.year, r.kind, r.phase,
    f.function_code, f.function_level, s.name as function_name,
    f.expense_type, f.fund_source, f.measure, f.amount_yuan, f.printed_text, f.printed_unit,
    f.row_label, f.row_kind, f.column_path, f.catalog_id, f.source_file, f.source_line, f.report_version_id, f.fact_id
from fact_expenditure f
join dim_report r on r.report_version_id = f.report_version_id and r.is_current
left join dim_region g on g.region_code = r.region_code
left join dim_function_subject s on s.code = f.function_code;
