create sequence infection_census_seq start with 1 increment by 50;
create sequence infection_admission_seq start with 1 increment by 50;
create sequence infection_event_seq start with 1 increment by 50;
create sequence infection_rule_seq start with 1 increment by 50;
create sequence infection_suspect_seq start with 1 increment by 50;
create sequence infection_case_seq start with 1 increment by 50;
create sequence infection_run_seq start with 1 increment by 50;

-- A ward's census for a day or a whole month: the denominators of every infection rate.
create table infection_census (
    id                     bigint       not null primary key,
    unit_id                bigint       not null,
    granularity            varchar(8)   not null,
    census_date            date         not null,
    admissions             integer      not null,
    discharges             integer      not null,
    patient_days           integer      not null,
    central_line_days      integer      not null,
    urinary_catheter_days  integer      not null,
    ventilator_days        integer      not null,
    operations             integer      not null,
    updated_by             varchar(64)  not null,
    updated_at             timestamp with time zone not null,
    version                bigint       not null default 0,
    constraint infection_census_uk unique (unit_id, granularity, census_date)
);

-- A hospital stay, as received from the HIS (or a workbook): what clinical events attach to.
create table infection_admission (
    id             bigint       not null primary key,
    visit_no       varchar(40)  not null,
    patient_no     varchar(40)  not null,
    unit_id        bigint       not null,
    admitted_at    timestamp with time zone not null,
    discharged_at  timestamp with time zone,
    received_at    timestamp with time zone not null,
    constraint infection_admission_visit_uk unique (visit_no)
);

create index infection_admission_unit_idx on infection_admission (unit_id, admitted_at);

-- A clinical event of a stay: temperature, culture, antibiotic start, device or imaging event.
-- minutes_after_admission is fixed on receipt so every rule reads one indexed column.
create table infection_event (
    id                     bigint         not null primary key,
    admission_id           bigint         not null references infection_admission (id),
    kind                   varchar(24)    not null,
    occurred_at            timestamp with time zone not null,
    minutes_after_admission integer       not null,
    amount                 numeric(8, 2),
    specimen               varchar(40),
    organism               varchar(120),
    positive               boolean,
    detail                 varchar(200),
    source_ref             varchar(80)    not null,
    received_at            timestamp with time zone not null,
    constraint infection_event_source_uk unique (source_ref)
);

create index infection_event_kind_idx on infection_event (kind, minutes_after_admission);
create index infection_event_admission_idx on infection_event (admission_id);

-- A screening rule, as data: which events make a stay suspect, and why.
create table infection_rule (
    id                    bigint         not null primary key,
    code                  varchar(40)    not null,
    name_zh               varchar(100)   not null,
    name_en               varchar(100)   not null,
    explanation_zh        varchar(1000)  not null,
    explanation_en        varchar(1000)  not null,
    event_kind            varchar(24)    not null,
    min_amount            numeric(8, 2),
    require_positive      boolean        not null default false,
    specimens             varchar(400),
    after_hours           integer        not null default 0,
    enabled               boolean        not null default true,
    version               bigint         not null default 0,
    constraint infection_rule_code_uk unique (code)
);

-- A rule's own test cases: events relative to admission and whether the rule must fire.
create table infection_rule_case (
    rule_id        bigint        not null references infection_rule (id),
    case_no        integer       not null,
    description    varchar(200)  not null,
    minutes        integer       not null,
    amount         numeric(8, 2),
    specimen       varchar(40),
    positive       boolean,
    expected       boolean       not null,
    primary key (rule_id, case_no)
);

-- A stay flagged by a rule, waiting for the office's review.
create table infection_suspect (
    id               bigint        not null primary key,
    admission_id     bigint        not null references infection_admission (id),
    rule_id          bigint        not null references infection_rule (id),
    event_id         bigint        not null references infection_event (id),
    unit_id          bigint        not null,
    flagged_at       timestamp with time zone not null,
    status           varchar(16)   not null,
    case_id          bigint,
    reviewed_by      varchar(64),
    reviewed_at      timestamp with time zone,
    review_note      varchar(500),
    version          bigint        not null default 0,
    constraint infection_suspect_uk unique (admission_id, rule_id)
);

create index infection_suspect_status_idx on infection_suspect (status, unit_id);

-- A healthcare-associated infection case: reported by the ward (or found by screening), confirmed or excluded.
create table infection_case (
    id                 bigint         not null primary key,
    unit_id            bigint         not null,
    patient_no         varchar(40)    not null,
    visit_no           varchar(40),
    admission_date     date           not null,
    onset_date         date           not null,
    site               varchar(32)    not null,
    pathogen           varchar(120),
    specimen           varchar(40),
    device             varchar(24)    not null,
    operation_class    varchar(8),
    outcome            varchar(16)    not null,
    origin             varchar(16)    not null,
    status             varchar(16)    not null,
    exclusion_reason   varchar(500),
    note               varchar(1000),
    reported_by        varchar(64)    not null,
    reported_at        timestamp with time zone not null,
    reviewed_by        varchar(64),
    reviewed_at        timestamp with time zone,
    version            bigint         not null default 0
);

create index infection_case_unit_onset_idx on infection_case (unit_id, onset_date);
create index infection_case_patient_idx on infection_case (patient_no);

-- One screening run: full or incremental, and the watermark it reached (the last event id read).
create table infection_screening_run (
    id                 bigint        not null primary key,
    mode               varchar(16)   not null,
    started_at         timestamp with time zone not null,
    finished_at        timestamp with time zone not null,
    events_after       bigint        not null,
    last_event_id      bigint        not null,
    suspects_created   integer       not null,
    started_by         varchar(64)   not null
);
