-- Tunable thresholds of the marts. Each is a DuckDB session variable with a default, so `fw report` (from the
-- "Marts" settings) or an analyst (`SET VARIABLE three_public_yoy_threshold_pct = 50;`) can change it per session
-- without writing to the warehouse.
create or replace view mart_parameter as
select
    'three_public_yoy_threshold_pct' as name,
    coalesce(try_cast(getvariable('three_public_yoy_threshold_pct') as decimal(18, 6)), 30.000000) as value,
    '三公 total growing by more than this percent on the previous year is flagged (mart_anomalies)' as description
union all
select
    'rate_difference_tolerance_pct',
    coalesce(try_cast(getvariable('rate_difference_tolerance_pct') as decimal(18, 6)), 0.010000),
    'Minimum tolerance (percentage points) between a printed and a recomputed rate; the rounding of 2-decimal 万元 inputs widens it'
union all
select 'pefa_band_a_pct', 5.000000, 'PEFA PI-1/PI-2: deviation from the budget up to this is band A'
union all
select 'pefa_band_b_pct', 10.000000, 'PEFA: up to this is band B'
union all
select 'pefa_band_c_pct', 15.000000, 'PEFA: up to this is band C; beyond is D';
