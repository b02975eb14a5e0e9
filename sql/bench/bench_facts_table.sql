-- fw bench: the fact shape both loaders write (appender vs row-by-row INSERT), in a throwaway in-memory database.
create table bench_fact (
    report       varchar not null,
    table_id     varchar not null,
    row_code     varchar,
    row_label    varchar not null,
    column_path  varchar not null,
    amount       decimal(18, 2),
    source_line  integer not null
);
