select region_code, name, level, parent_code, province_code, prefecture_code from dim_region;
