create sequence infection_isolation_seq start with 1 increment by 50;

-- Patients with an infectious disease and whether (and how) they were isolated: the register behind the isolation
-- rate (hospital plan: at least 98 %). A mistaken entry is voided with a reason, never deleted.
create table infection_isolation (
    id                   bigint        not null primary key,
    unit_id              bigint        not null,
    patient_no           varchar(40)   not null,
    disease              varchar(80)   not null,
    diagnosed_on         date          not null,
    isolated             boolean       not null,
    precaution           varchar(16),
    isolated_on          date,
    ended_on             date,
    reason_not_isolated  varchar(500),
    recorded_by          varchar(64)   not null,
    recorded_at          timestamp with time zone not null,
    voided_by            varchar(64),
    voided_at            timestamp with time zone,
    void_reason          varchar(500),
    version              bigint        not null default 0
);
create index infection_isolation_unit_idx on infection_isolation (unit_id, diagnosed_on);
create index infection_isolation_patient_idx on infection_isolation (patient_no);
