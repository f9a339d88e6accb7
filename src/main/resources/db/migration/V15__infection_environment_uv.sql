create sequence infection_sample_seq start with 1 increment by 50;
create sequence infection_uv_lamp_seq start with 1 increment by 50;
create sequence infection_uv_reading_seq start with 1 increment by 50;

-- An environment or disinfection sample: what was sampled where, the count, the limit it was judged by and
-- whether it passed. A failure stays open until a passing resample or a recorded corrective action closes it.
create table infection_sample (
    id                 bigint         not null primary key,
    unit_id            bigint         not null,
    sampled_on         date           not null,
    kind               varchar(32)    not null,
    site               varchar(100)   not null,
    environment_class  varchar(4),
    result_cfu         numeric(10, 2) not null,
    limit_cfu          numeric(10, 2) not null,
    passed             boolean        not null,
    follow_up          varchar(16)    not null,
    corrective_action  varchar(500),
    resample_of        bigint,
    closed_by          varchar(64),
    closed_at          timestamp with time zone,
    recorded_by        varchar(64)    not null,
    recorded_at        timestamp with time zone not null,
    withdrawn_reason   varchar(500),
    version            bigint         not null default 0
);

create index infection_sample_unit_idx on infection_sample (unit_id, sampled_on);
create index infection_sample_open_idx on infection_sample (follow_up);

-- A UV lamp in the register: where it hangs, what kind, since when, in use or retired.
create table infection_uv_lamp (
    id              bigint        not null primary key,
    unit_id         bigint        not null,
    location        varchar(100)  not null,
    lamp_type       varchar(24)   not null,
    installed_on    date          not null,
    hours_used      integer       not null default 0,
    retired_on      date,
    retire_reason   varchar(500),
    version         bigint        not null default 0
);

create index infection_uv_lamp_unit_idx on infection_uv_lamp (unit_id);

-- An intensity reading at 1 m: the new-lamp test before use, or the half-yearly test in use.
create table infection_uv_reading (
    id              bigint         not null primary key,
    lamp_id         bigint         not null references infection_uv_lamp (id),
    measured_on     date           not null,
    intensity       numeric(8, 1)  not null,
    new_lamp_test   boolean        not null,
    limit_value     numeric(8, 1)  not null,
    passed          boolean        not null,
    recorded_by     varchar(64)    not null,
    recorded_at     timestamp with time zone not null
);

create index infection_uv_reading_lamp_idx on infection_uv_reading (lamp_id, measured_on);
