-- 隔离的文件: files the worker rejected (bad document) or gave up on (failed after retries), with the reason.
select
    f.path,
    f.outcome,
    f.error,
    f.rule_id,
    f.line,
    f.attempt,
    f.moved_to,
    f.recorded_at,
    f.run_id
from etl_file as f
where f.outcome in ('rejected', 'failed')
order by f.recorded_at desc;
