-- 最近加载的文件: the worker's per-file ledger, newest first.
select
    f.recorded_at,
    f.path,
    f.outcome,
    f.report_version_id,
    f.fact_count,
    f.finding_count,
    f.parse_ms,
    f.load_ms,
    f.error,
    f.run_id
from etl_file as f
order by f.recorded_at desc
limit 500;
