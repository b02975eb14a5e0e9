-- The warehouse's own guard on a report's identity (unit, year, kind, phase): the parser refuses such documents
-- first, but nothing else writing here may store a report of no year, an impossible year (99999, 0), an empty kind
-- or phase, or no unit (one such row once broke the dashboards' unit list). The whole batch rolls back; the loader
-- then retries its reports one by one, so only the bad one is refused, with this message.
select error('report identity incomplete in ' || file_name || ': '
    || concat_ws('; ',
        case when year is null then 'no year' end,
        case when year is not null and (year < 1990 or year > extract(year from current_date) + 2)
             then 'year ' || year || ' outside 1990…' || (extract(year from current_date) + 2) end,
        case when kind not in ('部门', '单位') then 'kind ''' || kind || ''' is neither 部门 nor 单位' end,
        case when phase not in ('预算', '决算') then 'phase ''' || phase || ''' is neither 预算 nor 决算' end,
        case when trim(unit_name) = '' then 'no unit name' end))
from stg_report
where year is null
   or year < 1990
   or year > extract(year from current_date) + 2
   or kind not in ('部门', '单位')
   or phase not in ('预算', '决算')
   or trim(unit_name) = '';
