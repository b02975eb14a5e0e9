select count(*) from bench_fact;
