-- Staging for ledger_record_files.sql: etl_file's columns and an input order. Temporary, so it lives and dies with
-- the ledger's connection and never reaches the warehouse file.
create or replace temp table ledger_file_batch as
select *, 0::bigint as seq from etl_file limit 0;
