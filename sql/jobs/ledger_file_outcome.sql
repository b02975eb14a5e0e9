select outcome from etl_file where file_id = $file_id;
