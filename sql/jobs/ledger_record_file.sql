insert or replace into etl_file (
    file_id, run_id, path, content_hash, size_bytes, outcome, report_version_id, fact_count, finding_count,
    parse_ms, load_ms, rule_id, line, error, attempt, moved_to, host, recorded_at)
values (
    $file_id, $run_id, $path, $content_hash, $size_bytes, $outcome, $report_version_id, $fact_count, $finding_count,
    $parse_ms, $load_ms, $rule_id, $line, $error, $attempt, $moved_to, $host, $recorded_at);
