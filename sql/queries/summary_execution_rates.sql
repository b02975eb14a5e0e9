select unit_name, year, initial_budget_yuan, final_account_yuan, coalesce(final_source, initial_source) as source
from v_unit_execution_rate
order by unit_name, year;
