-- Shared arithmetic of the marts, as macros so every view computes rates the same way.
-- DuckDB divides DECIMALs as DOUBLE; rates here are computed exactly on integer cents instead:
-- fw_pct(n, d) = n / d × 100, rounded half away from zero to 6 decimals, NULL when n or d is NULL or d is 0
-- (a zero budget has no execution rate: never an error, never infinity). Inputs are amounts in 元 with 2 decimals.
create or replace macro fw_pct(n, d) as
    case
        when n is null or d is null or d = 0 then null
        else cast(
            cast(
                (2 * abs(cast(n * 100 as hugeint)) * 100000000 + abs(cast(d * 100 as hugeint)))
                // (2 * abs(cast(d * 100 as hugeint)))
                as decimal(38, 0)
            ) * sign(n) * sign(d) * 0.000001
            as decimal(20, 6))
    end;

-- PEFA PI-1/PI-2 style band of an execution rate (percent): deviation |rate − 100| ≤ 5 A, ≤ 10 B, ≤ 15 C, else D.
create or replace macro fw_pefa_band(rate_pct) as
    case
        when rate_pct is null then null
        when abs(rate_pct - 100) <= 5 then 'A'
        when abs(rate_pct - 100) <= 10 then 'B'
        when abs(rate_pct - 100) <= 15 then 'C'
        else 'D'
    end;

-- A printed name as the warehouse stores it: the loader's name key (PrintedKey.Name in FiscalWarehouse.Model, which
-- UnitNames.Normalize applies after NFKC), rule for rule: every whitespace character (also NBSP, U+3000, zero-width
-- space, BOM) dropped; full-width U+FF01–U+FF5E folded to ASCII; 【】〔〕［］[] as (); quotes and * kept, as in the
-- stored and shown names. A test feeds the same strings through both. Used where SQL must match a printed 主管部门 to a unit.
create or replace macro fw_name_key(name) as
    translate(
        regexp_replace(name, '[\s\x{000b}\x{0085}\x{00a0}\x{1680}\x{2000}-\x{200b}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]', '', 'g'),
        '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～【】〔〕[]',
        '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ(\)^_`abcdefghijklmnopqrstuvwxyz{|}~()()()');
