create sequence training_course_seq start with 1 increment by 50;
create sequence training_session_seq start with 1 increment by 50;
create sequence training_invitee_seq start with 1 increment by 50;
create sequence training_material_seq start with 1 increment by 50;

-- A course of the catalogue, organised by one org unit (its data scope decides who sees it).
create table training_course (
    id               bigint        not null primary key,
    unit_id          bigint        not null,
    topic            varchar(200)  not null,
    category         varchar(32)   not null,
    credit_hours     numeric(6, 1) not null,
    description      varchar(4000),
    active           boolean       not null default true,
    withdrawn_reason varchar(500),
    created_by       varchar(64)   not null,
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index training_course_unit_idx on training_course (unit_id, active);

-- One session of a course; the audience criteria are kept as chosen, the invitees as resolved.
create table training_session (
    id                  bigint        not null primary key,
    course_id           bigint        not null references training_course (id),
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    place               varchar(200)  not null,
    lecturer_staff_id   bigint,
    lecturer_name       varchar(100)  not null,
    audience_unit_id    bigint        not null,
    audience_titles     varchar(1000),
    audience_levels     varchar(100),
    audience_employment varchar(200),
    signin_code         varchar(12)   not null,
    status              varchar(16)   not null,
    cancel_reason       varchar(500),
    created_by          varchar(64)   not null,
    version             bigint        not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint training_session_time_ck check (ends_at > starts_at),
    constraint training_session_code_uk unique (signin_code)
);

create index training_session_course_idx on training_session (course_id, starts_at);

-- Who was invited (or walked in) and whether they came; the unit is the staff member's unit when invited.
create table training_invitee (
    id             bigint        not null primary key,
    session_id     bigint        not null references training_session (id),
    staff_id       bigint        not null,
    staff_name     varchar(100)  not null,
    unit_id        bigint        not null,
    walk_in        boolean       not null default false,
    attendance     varchar(16)   not null,
    absence_reason varchar(16),
    signed_in_at   timestamp with time zone,
    recorded_by    varchar(64),
    recorded_at    timestamp with time zone,
    constraint training_invitee_uk unique (session_id, staff_id)
);

create index training_invitee_staff_idx on training_invitee (staff_id);

-- Course materials of a session, kept in the database (type-checked and size-limited on upload).
create table training_material (
    id           bigint        not null primary key,
    session_id   bigint        not null references training_session (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamp with time zone not null
);

create index training_material_session_idx on training_material (session_id);
