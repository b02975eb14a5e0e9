-- fact_cell's 27 columns cost the loader more than anything else it does (issue 19): DuckDB appends, logs and
-- compresses every column of every row, and 21 of them repeat within a report (the row's subject, code and label for
-- each of its cells, a column's path, measure and fund for each of its rows). On the 10,000-report corpus the
-- fact rows alone took 26 CPU-s of append, commit and checkpoint with 27 columns, 14 with the repeats stored once per
-- report (docs/benchmarks.md, round 9). So each report stores:
--   cell_row    its distinct row descriptions (subject, printed code, label, kind, 行次), numbered from 1;
--   cell_class  its distinct cell descriptions (family, cost type, meaning, value kind, unit, column path), from 1;
--   cell_value  one row per printed cell: ids, the two numbers, the printed text, the line, and the two numbers above.
-- fact_cell becomes a view over the three (sql/core/fact_cell.sql) with 0060's columns in 0060's order, so every
-- reader (the family views, marts, dashboards, publishing, the lake) reads what it read. Not named fact_*: publishing
-- and the lake take every fact_* relation as a fact table, and these are its parts.
create table cell_row (
    report_version_id   bigint not null,
    row_no              integer not null,       -- 1… within the report version
    subject_code        varchar,
    subject_system      varchar,
    subject_level       varchar,
    code_mapped_by_name boolean not null,
    row_code            varchar,
    row_label           varchar,
    row_kind            varchar,
    row_line_no         varchar
);

create table cell_class (
    report_version_id   bigint not null,
    class_no            integer not null,       -- 1… within the report version
    family              varchar not null,
    cost_type           varchar,
    expense_type        varchar,
    part                varchar,
    block               varchar,
    fund_source         varchar,
    measure             varchar,
    value_kind          varchar not null,
    is_percent          boolean not null,
    printed_unit        varchar not null,
    column_path         varchar
);

create table cell_value (
    fact_id             bigint not null,        -- report_version_id * 10000000 + cell ordinal
    report_version_id   bigint not null,
    report_table_id     bigint,
    row_no              integer not null,       -- cell_row of this version
    class_no            integer not null,       -- cell_class of this version
    amount_yuan         decimal(18, 2),
    value               decimal(38, 10),
    printed_text        varchar not null,
    source_line         integer not null,
    source_page         integer
);

-- Existing facts move with their fact_id; descriptions are numbered per version in order of their first cell.
create temp table moved_row as
select *, row_number() over (partition by report_version_id order by first_fact)::integer as row_no
from (
    select report_version_id, subject_code, subject_system, subject_level, code_mapped_by_name, row_code, row_label, row_kind, row_line_no,
        min(fact_id) as first_fact
    from fact_cell
    group by report_version_id, subject_code, subject_system, subject_level, code_mapped_by_name, row_code, row_label, row_kind, row_line_no
);

create temp table moved_class as
select *, row_number() over (partition by report_version_id order by first_fact)::integer as class_no
from (
    select report_version_id, family, cost_type, expense_type, part, block, fund_source, measure, value_kind, is_percent, printed_unit, column_path,
        min(fact_id) as first_fact
    from fact_cell
    group by report_version_id, family, cost_type, expense_type, part, block, fund_source, measure, value_kind, is_percent, printed_unit, column_path
);

insert into cell_row
select report_version_id, row_no, subject_code, subject_system, subject_level, code_mapped_by_name, row_code, row_label, row_kind, row_line_no
from moved_row
order by report_version_id, row_no;

insert into cell_class
select report_version_id, class_no, family, cost_type, expense_type, part, block, fund_source, measure, value_kind, is_percent, printed_unit, column_path
from moved_class
order by report_version_id, class_no;

-- "is not distinct from": most of these columns are null for most cells, and null must match null.
insert into cell_value
select f.fact_id, f.report_version_id, f.report_table_id, r.row_no, c.class_no, f.amount_yuan, f.value, f.printed_text, f.source_line, f.source_page
from fact_cell as f
join moved_row as r
  on r.report_version_id = f.report_version_id
 and r.subject_code is not distinct from f.subject_code and r.subject_system is not distinct from f.subject_system
 and r.subject_level is not distinct from f.subject_level and r.code_mapped_by_name = f.code_mapped_by_name
 and r.row_code is not distinct from f.row_code and r.row_label is not distinct from f.row_label
 and r.row_kind is not distinct from f.row_kind and r.row_line_no is not distinct from f.row_line_no
join moved_class as c
  on c.report_version_id = f.report_version_id and c.family = f.family
 and c.cost_type is not distinct from f.cost_type and c.expense_type is not distinct from f.expense_type
 and c.part is not distinct from f.part and c.block is not distinct from f.block
 and c.fund_source is not distinct from f.fund_source and c.measure is not distinct from f.measure
 and c.value_kind = f.value_kind and c.is_percent = f.is_percent and c.printed_unit = f.printed_unit
 and c.column_path is not distinct from f.column_path
order by f.fact_id;

drop table moved_row;
drop table moved_class;
drop table fact_cell;
