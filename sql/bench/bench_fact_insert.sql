-- fw bench: one parameterized INSERT per fact (the slow path the appender replaces).
insert into bench_fact values ($report, $table_id, $row_code, $row_label, $column_path, $amount, $source_line);
