-- The target side of the publish ledger. {schema} is a validated plain identifier (SqlIdentifier.ValidateSchema).
if object_id(N'[{schema}].[publish_run]') is null
    create table [{schema}].[publish_run] (
        publish_id      nvarchar(64) not null primary key,
        started_at      datetime2(6) not null,
        finished_at     datetime2(6) not null,
        mode            nvarchar(16) not null,
        source_file     nvarchar(4000) not null,
        report_versions int not null,
        rows_copied     bigint not null
    );
if object_id(N'[{schema}].[publish_ledger]') is null
    create table [{schema}].[publish_ledger] (
        report_version_id bigint not null primary key,
        publish_id        nvarchar(64) not null,
        published_at      datetime2(6) not null
    );
