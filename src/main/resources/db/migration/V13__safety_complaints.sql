create sequence safety_complaint_seq start with 1 increment by 50;

-- A complaint or suggestion about a unit: registered, assigned, answered (due within a few days of
-- receipt), closed with the complainant's satisfaction, or withdrawn with a reason (never deleted).
create table safety_complaint (
    id                       bigint        not null primary key,
    kind                     varchar(16)   not null,
    channel                  varchar(24)   not null,
    received_on              date          not null,
    unit_id                  bigint        not null,
    complainant              varchar(64),
    contact                  varchar(64),
    content                  varchar(4000) not null,
    category                 varchar(24)   not null,
    status                   varchar(16)   not null,
    responsible_unit_id      bigint,
    responsible_person       varchar(64),
    due_on                   date          not null,
    answer                   varchar(4000),
    answered_on              date,
    answered_by              varchar(64),
    complainant_satisfaction varchar(24),
    closed_on                date,
    withdraw_reason          varchar(500),
    created_by               varchar(64)   not null,
    version                  bigint        not null default 0,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null
);
create index safety_complaint_unit_idx on safety_complaint (unit_id, received_on);
create index safety_complaint_status_idx on safety_complaint (status, due_on);
