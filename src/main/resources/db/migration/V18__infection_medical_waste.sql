create sequence infection_waste_seq start with 1 increment by 50;

-- A signed medical-waste handover: from a department to temporary storage, or from storage to the licensed disposal
-- company. Never edited once signed: a mistake is corrected by a new record that supersedes it (kept 3 years or more).
create table infection_waste_handover (
    id                bigint         not null primary key,
    unit_id           bigint         not null,
    handover_date     date           not null,
    stage             varchar(24)    not null,
    category          varchar(16)    not null,
    bags              integer        not null,
    weight_kg         numeric(8, 2)  not null,
    handed_by         varchar(64)    not null,
    received_by       varchar(100)   not null,
    disposal_company  varchar(100),
    correction_of     bigint,
    superseded_by     bigint,
    correction_reason varchar(500),
    recorded_by       varchar(64)    not null,
    recorded_at       timestamp with time zone not null
);

create index infection_waste_date_idx on infection_waste_handover (handover_date, stage);
create index infection_waste_unit_idx on infection_waste_handover (unit_id, handover_date);
