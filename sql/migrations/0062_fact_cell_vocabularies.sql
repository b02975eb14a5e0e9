-- fact_cell's closed vocabularies as ENUM types (issue 19): 12 of its 27 columns only ever hold the program's own
-- constants, and every string column costs DuckDB's appends hashing, statistics and dictionary analysis per value
-- (most of the loading thread's time on the 10,000-report corpus: docs/benchmarks.md, round 10). An ENUM is stored
-- as a small integer. Readers still see text: DuckDB compares and combines an ENUM with text as text, Parquet holds
-- it as a string, publishing maps it to text. Each type lists its values in byte order, so that ordering, min/max and
-- sorted lists give what they gave on VARCHAR.
-- The values are the C# constants (Meanings, TableFamilies, SubjectCodes, the AmountUnit labels, the row kinds):
-- VocabularyTests checks every type of a new warehouse against them, and the appender refuses a value outside its type
-- naming the table, column and value. A warehouse written by an older fw keeps any other value its facts hold: each
-- type takes the values present too, so this migration never fails on old data.
create type fact_family as enum (select v from (
    select unnest(['fact_basic_expenditure_economic', 'fact_expenditure', 'fact_income', 'fact_performance',
        'fact_table_cell', 'fact_three_public']) as v
    union select family from fact_cell where family is not null) order by v);
create type fact_subject_system as enum (select v from (
    select unnest(['function', 'revenue', '政府预算经济分类', '部门经济分类']) as v
    union select subject_system from fact_cell where subject_system is not null) order by v);
create type fact_subject_level as enum (select v from (
    select unnest(['款', '类', '项']) as v
    union select subject_level from fact_cell where subject_level is not null) order by v);
create type fact_cost_type as enum (select v from (
    select unnest(['operating', 'personnel']) as v
    union select cost_type from fact_cell where cost_type is not null) order by v);
create type fact_expense_type as enum (select v from (
    select unnest(['affiliate_subsidy', 'basic', 'business', 'operating', 'personnel', 'project', 'remit_to_higher',
        'total']) as v
    union select expense_type from fact_cell where expense_type is not null) order by v);
create type fact_three_public_part as enum (select v from (
    select unnest(['official_reception', 'overseas_travel', 'three_public_total', 'vehicle_operation',
        'vehicle_purchase', 'vehicle_total']) as v
    union select part from fact_cell where part is not null) order by v);
create type fact_block as enum (select v from (
    select unnest(['expenditure', 'income']) as v
    union select block from fact_cell where block is not null) order by v);
create type fact_fund_source as enum (select v from (
    select unnest(['affiliate_remittance', 'business_revenue', 'current_year', 'fiscal_appropriation',
        'general_budget', 'gov_fund_budget', 'higher_subsidy', 'other_revenue', 'prior_year_carryover',
        'service_revenue', 'soe_capital_budget', 'special_account_funds', 'total', 'unit_own_funds']) as v
    union select fund_source from fact_cell where fund_source is not null) order by v);
create type fact_measure as enum (select v from (
    select unnest(['adjusted_budget', 'carryover', 'change', 'change_rate', 'count', 'declared_budget',
        'execution_rate', 'final_account', 'implementation_period_budget', 'initial_budget', 'prior_year', 'score',
        'share', 'weight']) as v
    union select measure from fact_cell where measure is not null) order by v);
create type fact_value_kind as enum (select v from (
    select unnest(['blank', 'dash', 'number', 'text']) as v
    union select value_kind from fact_cell where value_kind is not null) order by v);
create type fact_printed_unit as enum (select v from (
    select unnest(['', '%', '万元', '个', '元', '分']) as v
    union select printed_unit from fact_cell where printed_unit is not null) order by v);
create type fact_row_kind as enum (select v from (
    select unnest(['detail', 'footer', 'total']) as v
    union select row_kind from fact_cell where row_kind is not null) order by v);

alter table fact_cell alter column family type fact_family;
alter table fact_cell alter column subject_system type fact_subject_system;
alter table fact_cell alter column subject_level type fact_subject_level;
alter table fact_cell alter column cost_type type fact_cost_type;
alter table fact_cell alter column expense_type type fact_expense_type;
alter table fact_cell alter column part type fact_three_public_part;
alter table fact_cell alter column block type fact_block;
alter table fact_cell alter column fund_source type fact_fund_source;
alter table fact_cell alter column measure type fact_measure;
alter table fact_cell alter column value_kind type fact_value_kind;
alter table fact_cell alter column printed_unit type fact_printed_unit;
alter table fact_cell alter column row_kind type fact_row_kind;
