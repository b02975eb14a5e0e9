-- Staging holds one batch of reports at a time; emptied inside the same transaction, so a commit never leaves staged rows.
delete from stg_cell;
delete from stg_row;
delete from stg_column;
delete from stg_table;
delete from stg_narrative;
delete from stg_finding;
delete from stg_report;
