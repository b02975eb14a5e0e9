insert or replace into publish_ledger (target, schema_name, report_version_id, publish_id, published_at)
values ($target, $schema, $version, $publish_id, current_timestamp);
