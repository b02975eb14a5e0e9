-- Standard 部门经济分类 names, for rows printed by name only (预算 基本支出分经济科目表).
select code, name from dim_economic_subject where system = '部门经济分类' order by code;
