-- Views earlier versions created and this one no longer defines: dropped on open, so an old warehouse file carries
-- no second definition of a rule (v_unit_execution_rate: the execution rate is mart_execution_rate's alone).
drop view if exists v_unit_execution_rate;
