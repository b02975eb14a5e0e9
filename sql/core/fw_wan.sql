-- Amounts are stored once, in 元 (DECIMAL(18,2), exact); reports print 万元 as the documents do. One conversion for
-- every query: 元 × 0.0001, rounded to 0.01 万元 half away from zero, NULL stays NULL (blank is never 0).
create or replace macro fw_wan(yuan) as cast(yuan * 0.0001 as decimal(18, 2));
