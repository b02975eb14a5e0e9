-- 加载批次: the worker's run ledger, newest first.
select
    run_id,
    trigger,
    host,
    started_at,
    ended_at,
    files_claimed,
    files_waiting,
    loaded,
    unchanged,
    replaced,
    rejected,
    failed
from etl_run
order by started_at desc
limit 200;
