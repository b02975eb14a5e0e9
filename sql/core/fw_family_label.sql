-- The dashboards' short name of a fact table (their $family filter): income, expenditure, basic_economic,
-- three_public, performance, narrative, other (fact_table_cell).
create or replace macro fw_family_label(family) as
    case family
        when 'fact_income' then 'income'
        when 'fact_expenditure' then 'expenditure'
        when 'fact_basic_expenditure_economic' then 'basic_economic'
        when 'fact_three_public' then 'three_public'
        when 'fact_performance' then 'performance'
        when 'fact_narrative' then 'narrative'
        else 'other'
    end;
