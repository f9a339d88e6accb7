create sequence safety_event_seq start with 1 increment by 50;
create sequence safety_event_action_seq start with 1 increment by 50;

-- An adverse event reported by a member of staff (anonymously: no reporter stored at all), triaged by the
-- quality office (accepted, reclassified, or closed as not an event), analysed (RCA) and closed.
-- Levels are the national nursing adverse-event levels I-IV; repeats of a type in a unit are flagged.
create table safety_event (
    id                 bigint        not null primary key,
    occurred_at        timestamp with time zone not null,
    occurred_on        date          not null,
    unit_id            bigint        not null,
    place              varchar(200),
    patient_involved   boolean       not null default false,
    patient_ref        varchar(100),
    event_type         varchar(24)   not null,
    level              varchar(4)    not null,
    nursing            boolean       not null default false,
    description        varchar(4000) not null,
    involved_staff     varchar(500),
    immediate_actions  varchar(2000),
    anonymous          boolean       not null default false,
    reporter_user_id   bigint,
    reporter           varchar(64),
    status             varchar(16)   not null,
    triage_note        varchar(1000),
    triaged_by         varchar(64),
    triaged_at         timestamp with time zone,
    rca_summary        varchar(2000),
    rca_by             varchar(64),
    rca_at             timestamp with time zone,
    repeat_flag        boolean       not null default false,
    repeat_of_id       bigint,
    accountability     varchar(2000),
    accountability_by  varchar(64),
    accountability_at  timestamp with time zone,
    closing_note       varchar(1000),
    closed_on          date,
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);

create index safety_event_unit_idx on safety_event (unit_id, occurred_on);
create index safety_event_type_idx on safety_event (unit_id, event_type, occurred_on);
create index safety_event_reporter_idx on safety_event (reporter_user_id);

-- Root-cause analysis: the timeline, the fishbone causes (人/机/料/法/环/测) and the five-whys chain.
create table safety_event_timeline (
    event_id     bigint        not null references safety_event (id),
    position     integer       not null,
    happened_at  varchar(40)   not null,
    entry        varchar(500)  not null,
    primary key (event_id, position)
);

create table safety_event_cause (
    event_id     bigint        not null references safety_event (id),
    position     integer       not null,
    category     varchar(16)   not null,
    cause        varchar(500)  not null,
    primary key (event_id, position)
);

create table safety_event_why (
    event_id     bigint        not null references safety_event (id),
    position     integer       not null,
    answer       varchar(500)  not null,
    primary key (event_id, position)
);

-- A corrective action decided for an event; it lives on as a quality finding (the rectification loop).
create table safety_event_action (
    id           bigint        not null primary key,
    event_id     bigint        not null references safety_event (id),
    finding_id   bigint        not null,
    unit_id      bigint        not null,
    description  varchar(1500) not null,
    deadline     date          not null,
    closed       boolean       not null default false,
    created_by   varchar(64),
    created_at   timestamp with time zone not null
);

create index safety_event_action_event_idx on safety_event_action (event_id);
create index safety_event_action_finding_idx on safety_event_action (finding_id);
