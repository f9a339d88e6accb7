create sequence quality_record_round_seq start with 1 increment by 50;
create sequence quality_record_audit_seq start with 1 increment by 50;
create sequence quality_record_defect_seq start with 1 increment by 50;

-- An audit round of nursing records: one unit, one month, one checklist, its pass mark and discharged-record weight.
create table quality_record_round (
    id                bigint        not null primary key,
    unit_id           bigint        not null,
    period_month      date          not null,
    template_id       bigint        not null references quality_template (id),
    pass_mark         numeric(5, 1) not null,
    discharged_weight numeric(4, 2) not null,
    title             varchar(200)  not null,
    created_by        varchar(64)   not null,
    version           bigint        not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index quality_record_round_unit_idx on quality_record_round (unit_id, period_month);

-- One sampled record audited at one level; a failed record is held from the archive until corrected and re-checked.
create table quality_record_audit (
    id                 bigint        not null primary key,
    round_id           bigint        not null references quality_record_round (id),
    unit_id            bigint        not null,
    record_no          varchar(40)   not null,
    patient_name       varchar(64)   not null,
    discharged         boolean       not null,
    audit_level        varchar(24)   not null,
    audited_on         date          not null,
    auditor            varchar(64)   not null,
    raw_deduction      numeric(7, 2) not null,
    weight             numeric(4, 2) not null,
    weighted_deduction numeric(7, 2) not null,
    score              numeric(6, 2) not null,
    vetoed             boolean       not null,
    passed             boolean       not null,
    status             varchar(16)   not null,
    correction         varchar(2000),
    corrected_by       varchar(64),
    corrected_at       timestamp with time zone,
    recheck_note       varchar(1000),
    released_by        varchar(64),
    released_at        timestamp with time zone,
    void_reason        varchar(500),
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint quality_record_audit_uk unique (round_id, record_no, audit_level)
);
create index quality_record_audit_unit_idx on quality_record_audit (unit_id, audited_on);

-- A defect found in an audited record, against one checklist item (its code and text copied for the analysis).
create table quality_record_defect (
    id          bigint        not null primary key,
    audit_id    bigint        not null references quality_record_audit (id),
    item_id     bigint        not null,
    item_code   varchar(40)   not null,
    item_text   varchar(500)  not null,
    occurrences integer       not null,
    deduction   numeric(6, 2) not null,
    veto        boolean       not null,
    note        varchar(500)
);
create index quality_record_defect_audit_idx on quality_record_defect (audit_id);
