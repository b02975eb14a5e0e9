-- The staged rows that hold at least one cell, with their first cell's ordinal (document order): the rows whose codes
-- and names the subject dimensions collect.
create or replace view stg_cell_rows as
select w.*, c.first_cell
from stg_row w
join (
    select report_version_id, table_ordinal, row_ordinal, min(cell_ordinal) as first_cell
    from stg_cell
    group by all
) c using (report_version_id, table_ordinal, row_ordinal);
