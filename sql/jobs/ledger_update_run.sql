-- Counts are recomputed from etl_file, so recording a file twice (a retried loader) never double-counts.
update etl_run
set loaded    = counts.loaded,
    unchanged = counts.unchanged,
    replaced  = counts.replaced,
    rejected  = counts.rejected,
    failed    = counts.failed,
    ended_at  = case when counts.total >= etl_run.files_claimed then coalesce(etl_run.ended_at, $now) end
from (
    select count(*) filter (where outcome = 'loaded')    as loaded,
           count(*) filter (where outcome = 'unchanged') as unchanged,
           count(*) filter (where outcome = 'replaced')  as replaced,
           count(*) filter (where outcome = 'rejected')  as rejected,
           count(*) filter (where outcome = 'failed')    as failed,
           count(*)                                      as total
    from etl_file
    where run_id = $run_id
) as counts
where etl_run.run_id = $run_id;
