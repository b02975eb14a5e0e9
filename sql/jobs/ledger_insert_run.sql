insert into etl_run (run_id, trigger, host, started_at, files_claimed, files_waiting, ended_at)
values ($run_id, $trigger, $host, $started_at, $files_claimed, $files_waiting,
        case when $files_claimed = 0 then $scanned_at end)
on conflict (run_id) do nothing;
