-- Keeps the old version current and the new one held, with a warning finding on the held one naming what is worse.
update dim_report set is_current = false where report_version_id = $held;
update dim_report set is_current = true, superseded_by = null where report_version_id = $current;
update dim_report set finding_count = finding_count + 1 where report_version_id = $held;
insert into report_hold values ($held, $current, $reason, $now, null);
insert into data_quality_finding (finding_id, report_version_id, rule_id, severity, message, file_name, line, line_label, origin)
values ($held * 100000 + 99999, $held, 'report.held', 'warning', $reason, $file, 1, '1', 'warehouse');
