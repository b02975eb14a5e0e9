-- Reference data shipped with the program (sql/seeds/*.csv). {seed:NAME} is replaced by the migrator with the path of
-- the embedded CSV written to a temporary file; nothing here comes from user input.

insert into dim_region
select region_code, name, level, nullif(parent_code, ''), province_code, nullif(prefecture_code, ''), full_name
from read_csv('{seed:dim_region.csv}', header = true, all_varchar = true, delim = ',', quote = '"');

insert into dim_fund_source
select fund_source, name, description
from read_csv('{seed:dim_fund_source.csv}', header = true, all_varchar = true, delim = ',', quote = '"');

insert into dim_measure
select measure, name, cast(is_money as boolean), description
from read_csv('{seed:dim_measure.csv}', header = true, all_varchar = true, delim = ',', quote = '"');

insert into dim_economic_subject
select code, system, level, nullif(parent_code, ''), name, [name]
from read_csv('{seed:dim_economic_subject.csv}', header = true, all_varchar = true, delim = ',', quote = '"');

insert into dim_function_subject
select code, '类', code, null, name, []::varchar[]
from read_csv('{seed:dim_function_class.csv}', header = true, all_varchar = true, delim = ',', quote = '"');
