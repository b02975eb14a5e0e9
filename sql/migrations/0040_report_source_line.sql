-- The text of every line of a loaded report version, so the dashboards can show a fact's source line in context
-- (issue 9: "the source text lines around it, highlighted"). Filled by the loader in the report's transaction;
-- a report loaded before this table existed simply has no stored lines (the provenance page says so).
create table if not exists report_source_line (
    report_version_id   bigint not null,
    line_no             integer not null,       -- 1-based, as SourceRef.Line
    page                integer,                -- PDF page, else null
    text                varchar not null,       -- the raw line as read (document text: untrusted, escape on display)
    primary key (report_version_id, line_no)
);
