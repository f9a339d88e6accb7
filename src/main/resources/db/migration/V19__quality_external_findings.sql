-- Findings opened by other modules (an adverse event's corrective action, an infection sample...) enter the
-- same rectification loop as inspection deductions: no inspection, but a source (type + id), an item key for
-- recurrence, the date it was opened and the office (unit) that verifies it.
alter table quality_finding alter column inspection_id drop not null;
alter table quality_finding alter column line_id drop not null;
alter table quality_finding add column source_type varchar(40);
alter table quality_finding add column source_id varchar(64);
alter table quality_finding add column opened_on date;
alter table quality_finding add column verifier_unit_id bigint;
alter table quality_finding add column opened_by varchar(64);

create index quality_finding_source_idx on quality_finding (source_type, source_id);
