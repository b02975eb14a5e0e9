-- Run on the dashboards' private snapshot copy only (never on the warehouse): freezes one mart view into a table of
-- the same name, so pages read precomputed rows instead of recomputing the mart on every request. The copy never
-- changes after it is taken, so the table equals the view. {view} is one name of MartMaterializer's fixed list; {order}
-- is empty or an `order by` of that mart's clustering columns (MartMaterializer.ClusterOrder).
create table {view}__materialized as select * from {view} {order};
drop view {view};
alter table {view}__materialized rename to {view};
