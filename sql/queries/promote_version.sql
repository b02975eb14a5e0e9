-- fw load --accept: the held (or any older) version becomes current; the current one becomes its history.
update dim_report set is_current = false, superseded_by = $promoted
where report_key = (select report_key from dim_report where report_version_id = $promoted) and is_current;
update dim_report set is_current = true, superseded_by = null where report_version_id = $promoted;
update report_hold set accepted_at = $now where report_version_id = $promoted and accepted_at is null;
