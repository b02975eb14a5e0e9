-- Every stored line of a report version, cut out of its source text (report_source_text, stored once per report):
-- the dashboards' provenance page shows a fact's line in context. Document text: untrusted, escape on display.
create or replace view report_source_line as
select
    s.report_version_id,
    s.line_numbers[i]                                               as line_no,
    s.pages[i]                                                      as page,
    substring(s.text, s.line_starts[i] + 1, s.line_starts[i + 1] - s.line_starts[i]) as text
from report_source_text s, unnest(range(1, len(s.line_numbers) + 1)) as l(i);
