-- The checksum recorded for each applied migration (verified against the embedded file on every open).
select version, checksum from schema_version order by version;
