delete from publish_ledger where target = $target and schema_name = $schema;
