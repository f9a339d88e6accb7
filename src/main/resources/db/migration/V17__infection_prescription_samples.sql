create sequence infection_prescription_sample_seq start with 1 increment by 50;

-- A department's monthly antibiotic-use sampling: outpatient or emergency prescriptions sampled (how many carried
-- antibiotics, how many antibiotic drugs, how many injections), or inpatients discharged (how many received antibiotics).
create table infection_prescription_sample (
    id                bigint       not null primary key,
    unit_id           bigint       not null,
    month_start       date         not null,
    setting           varchar(16)  not null,
    sampled           integer      not null,
    with_antibiotics  integer      not null,
    antibiotic_drugs  integer      not null,
    injections        integer      not null,
    recorded_by       varchar(64)  not null,
    recorded_at       timestamp with time zone not null,
    version           bigint       not null default 0,
    constraint infection_prescription_sample_uk unique (unit_id, month_start, setting)
);
