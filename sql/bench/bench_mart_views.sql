-- fw bench: the mart views to time (each is evaluated in full).
select view_name from duckdb_views() where not internal and view_name like 'mart\_%' escape '\' order by view_name;
