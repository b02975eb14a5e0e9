-- Standard 功能分类 类 names, for 总表 rows printed as "十四、资源勘探工业信息等支出".
select code, name from dim_function_subject where level = '类' and name is not null order by code;
