-- Every fact of every family, the narrative figures included, in the shape the dashboards' lineage queries show:
-- the one place (with v_fact_cell, which it builds on) where the table cells and the narrative figures are united.
-- A narrative figure has no table: its row is the subject it names (code, name) and its column the topic.
create or replace view v_fact_lineage as
select family, fact_id, report_version_id, report_table_id, measure, amount_yuan, printed_text, printed_unit, row_code, row_label, column_path, source_line
from v_fact_cell
union all
select 'fact_narrative', fact_id, report_version_id, null, measure, amount_yuan, printed_text, printed_unit, subject_code, subject, topic, source_line
from fact_narrative;
