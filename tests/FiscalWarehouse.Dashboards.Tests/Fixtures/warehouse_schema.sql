-- A stand-in warehouse for the dashboards' tests: the columns the sql/api queries read, with the names of the
-- warehouse (sql/migrations 0002/0003), marts (sql/marts) and jobs (etl_run/etl_file) work. Marts are tables here,
-- filled with known values, so every API answer can be asserted exactly.
create table dim_region (region_code varchar primary key, name varchar not null, level varchar not null, parent_code varchar,
    province_code varchar not null, prefecture_code varchar, full_name varchar not null);
create table dim_unit (unit_id bigint primary key, normalized_name varchar not null, printed_names varchar[] not null,
    region_code varchar, parent_department varchar, first_loaded_at timestamp not null);
create table dim_report (report_version_id bigint primary key, report_key varchar not null, file_name varchar not null,
    content_hash varchar not null, unit_id bigint not null, unit_name varchar not null, unit_name_printed varchar not null,
    region_code varchar, year integer, kind varchar not null, phase varchar not null, version integer not null,
    loaded_at timestamp not null, is_current boolean not null, superseded_by bigint, source_format varchar not null,
    encoding varchar not null, size_bytes bigint not null, table_count integer not null, fact_count integer not null,
    finding_count integer not null);
create table dim_measure (measure varchar primary key, name varchar not null, is_money boolean not null, description varchar not null);
create table report_table (report_table_id bigint primary key, report_version_id bigint not null, table_ordinal integer not null,
    catalog_id varchar not null, family varchar not null, printed_title varchar not null, printed_number varchar, unit varchar not null,
    is_known_empty boolean not null, subject varchar, source_file varchar not null, source_line integer not null, source_page integer,
    last_line integer not null, column_count integer not null, row_count integer not null, fact_count integer not null);
create table data_quality_finding (finding_id bigint primary key, report_version_id bigint not null, rule_id varchar not null,
    severity varchar not null, message varchar not null, table_id varchar, report_table_id bigint, row_label varchar,
    file_name varchar not null, line integer not null, line_label varchar not null, expected decimal(38, 10),
    printed decimal(38, 10), difference decimal(38, 10), origin varchar not null);
create table fact_expenditure (fact_id bigint primary key, report_version_id bigint not null, report_table_id bigint,
    catalog_id varchar not null, function_code varchar, function_level varchar, expense_type varchar, fund_source varchar,
    measure varchar, amount_yuan decimal(18, 2), value decimal(38, 10), value_kind varchar not null, is_percent boolean not null,
    printed_text varchar not null, printed_unit varchar not null, row_code varchar, row_label varchar, row_kind varchar,
    row_line_no varchar, column_path varchar, source_file varchar not null, source_line integer not null, source_page integer);
create table fact_income as select * exclude (expense_type), null::varchar as revenue_code, null::varchar as block from fact_expenditure;
create table fact_basic_expenditure_economic as select * exclude (function_code, function_level, expense_type),
    null::varchar as economic_code, null::varchar as cost_type from fact_expenditure;
create table fact_three_public as select * exclude (function_code, function_level, expense_type), null::varchar as part from fact_expenditure;
create table fact_performance as select * exclude (function_code, function_level, expense_type),
    null::varchar as project, null::varchar as indicator from fact_expenditure;
create table fact_table_cell as select *, null::varchar as part, null::varchar as block from fact_expenditure;
create table fact_narrative (fact_id bigint primary key, report_version_id bigint not null, topic varchar not null,
    measure varchar not null, subject varchar, subject_code varchar, amount_yuan decimal(18, 2), value decimal(38, 10),
    printed_text varchar not null, printed_unit varchar not null, sentence varchar not null, source_file varchar not null,
    source_line integer not null, source_page integer);
create table report_source_line (report_version_id bigint not null, line_no integer not null, page integer, text varchar not null,
    primary key (report_version_id, line_no));
create table mart_execution_rate (unit_id bigint, unit_name varchar, region_code varchar, year integer, kind varchar,
    scope varchar, subject_level varchar, function_code varchar, function_name varchar, initial_budget_yuan decimal(18, 2),
    adjusted_budget_yuan decimal(18, 2), final_yuan decimal(18, 2), rate_vs_initial decimal(20, 6), rate_vs_adjusted decimal(20, 6),
    published_rate decimal(20, 6), rate_difference decimal(20, 6), pefa_band_vs_initial varchar, pefa_band_vs_adjusted varchar,
    budget_source varchar, final_source varchar, final_report_version_id bigint, budget_report_version_id bigint,
    published_rate_text varchar, published_rate_line integer);
create table mart_three_public (unit_id bigint, unit_name varchar, region_code varchar, year integer, kind varchar,
    budget_yuan decimal(18, 2), actual_yuan decimal(18, 2),
    overseas_travel_budget_yuan decimal(18, 2), overseas_travel_actual_yuan decimal(18, 2),
    official_reception_budget_yuan decimal(18, 2), official_reception_actual_yuan decimal(18, 2),
    vehicle_purchase_budget_yuan decimal(18, 2), vehicle_purchase_actual_yuan decimal(18, 2),
    vehicle_operation_budget_yuan decimal(18, 2), vehicle_operation_actual_yuan decimal(18, 2),
    actual_to_budget_pct decimal(20, 6), yoy_change_pct decimal(20, 6));
create table mart_expenditure_structure (unit_id bigint, unit_name varchar, region_code varchar, year integer, kind varchar,
    basic_yuan decimal(18, 2), project_yuan decimal(18, 2), basic_share_pct decimal(20, 6), project_share_pct decimal(20, 6));
create table mart_project_execution (unit_id bigint, unit_name varchar, region_code varchar, year integer, project varchar,
    budget_yuan decimal(18, 2), executed_yuan decimal(18, 2), execution_rate decimal(20, 6), score decimal(10, 2),
    report_version_id bigint, source_line integer);
create table mart_anomalies (unit_id bigint, unit_name varchar, region_code varchar, year integer, kind varchar,
    anomaly varchar, reason varchar, value decimal(20, 6));
create table etl_run (run_id varchar primary key, trigger varchar not null, host varchar not null, started_at timestamp not null,
    ended_at timestamp, files_claimed integer not null, files_waiting integer not null, loaded integer not null default 0,
    unchanged integer not null default 0, replaced integer not null default 0, rejected integer not null default 0,
    failed integer not null default 0);
create table etl_file (file_id varchar primary key, run_id varchar not null, path varchar not null, content_hash varchar not null,
    size_bytes bigint not null, outcome varchar not null, report_version_id bigint, fact_count integer, finding_count integer,
    parse_ms bigint, load_ms bigint, rule_id varchar, line integer, error varchar, attempt integer not null, moved_to varchar,
    host varchar not null, recorded_at timestamp not null);
insert into dim_measure values ('initial_budget', '年初预算', true, ''), ('adjusted_budget', '调整预算', true, ''),
    ('final_account', '决算', true, ''), ('execution_rate', '执行率', false, '');
