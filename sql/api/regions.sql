-- Regions with current reports, with their prefectures and provinces, for the province → prefecture → county filter.
with present as (
    select region_code, count(distinct unit_id) as units
    from dim_report
    where is_current and region_code is not null
    group by all
),

code as (
    select region_code as code from present
    union
    select d.prefecture_code from present as p inner join dim_region as d on d.region_code = p.region_code where d.prefecture_code is not null
    union
    select d.province_code from present as p inner join dim_region as d on d.region_code = p.region_code
)

select
    d.region_code,
    d.name,
    d.level,
    d.parent_code,
    d.full_name,
    (select sum(p.units) from present as p where starts_with(p.region_code, regexp_replace(d.region_code, '(00)+$', ''))) as units
from dim_region as d
inner join code as c on c.code = d.region_code
order by d.region_code;
