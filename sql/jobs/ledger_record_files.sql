-- The files of one run recorded at once (fw load of a folder): staged by the appender into ledger_file_batch, then
-- moved in one statement; a file listed twice keeps its last record, as recording them one by one would.
insert or replace into etl_file
select * exclude (seq)
from ledger_file_batch
qualify row_number() over (partition by file_id order by seq desc) = 1;
