-- The region one level below a region filter that a region lies in, by GB/T 2260 code (2 digits province, 4
-- prefecture, 6 county). The filter is the API's code prefix (140000 → 14, 140500 → 1405, a county whole): none → the
-- province, a province → the prefecture, a prefecture or county → the region itself. The dashboards group regions by
-- it, so a chart shows the regions under the one chosen (a few dozen boxes, not every county of the warehouse: 272
-- counties drew a 6,500 px chart) and a click on one goes a level down. Codes that are not six digits stay as they are.
create or replace macro fw_region_below(region_code, prefix) as
    case
        when region_code is null or length(region_code) <> 6 then region_code
        when prefix is null then left(region_code, 2) || '0000'
        when length(prefix) = 2 then left(region_code, 4) || '00'
        else region_code
    end;

-- The name of such a group: the region's full name, and …（本级） for the chosen region's own units (a province's
-- departments under a province filter), which form a group of their own beside its prefectures.
create or replace macro fw_region_below_name(group_code, full_name, prefix) as
    full_name || case when length(prefix) < 6 and group_code = rpad(prefix, 6, '0') then '（本级）' else '' end;
