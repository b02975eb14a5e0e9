-- Staging holds one batch of reports at a time; emptied inside the same transaction, so a commit never leaves staged rows.
delete from stg_subject_row;
delete from stg_report;
