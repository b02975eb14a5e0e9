-- Folds the write-ahead log into the database file, so a byte copy of the file is the whole warehouse.
checkpoint;
