-- A duty rule set up by mistake, or no longer wanted, is withdrawn (with a reason) rather than
-- deleted: the occurrences already done stay on record, the open ones go; reinstating regenerates them.
alter table plan_duty_rule add column withdrawn_at timestamp with time zone;
alter table plan_duty_rule add column withdrawn_by varchar(64);
alter table plan_duty_rule add column withdrawn_reason varchar(500);
