-- Every stored line of a report version, cut out of its source text (report_source_text, stored once per report):
-- the dashboards' provenance page shows a fact's line in context. Document text: untrusted, escape on display.
-- The lines are unnested in the select list of a subquery, not by a lateral join: DuckDB pushes a filter on
-- report_version_id below this form, while the lateral form cut every report's lines first (a provenance page's
-- 17 lines took ~0.3 s on 10,000 reports, against the floor of a read-only query this way).
create or replace view report_source_line as
select
    x.report_version_id,
    x.line_numbers[x.i]                                                  as line_no,
    x.pages[x.i]                                                         as page,
    substring(x.text, x.line_starts[x.i] + 1, x.line_starts[x.i + 1] - x.line_starts[x.i]) as text
from (
    select s.report_version_id, s.text, s.line_numbers, s.line_starts, s.pages, unnest(range(1, len(s.line_numbers) + 1)) as i
    from report_source_text as s
) as x;
