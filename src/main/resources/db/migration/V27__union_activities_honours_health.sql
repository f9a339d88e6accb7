-- Union clubs (协会/俱乐部) and their members.
create sequence union_club_seq start with 1 increment by 50;
create table union_club (
    id                 bigint        not null primary key,
    name               varchar(100)  not null,
    description        varchar(1000),
    founded_on         date,
    active             boolean       not null default true,
    deactivated_reason varchar(500),
    created_by         varchar(64)   not null,
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint union_club_name_uk unique (name)
);

create sequence union_club_member_seq start with 1 increment by 50;
create table union_club_member (
    id         bigint      not null primary key,
    club_id    bigint      not null references union_club (id),
    staff_id   bigint      not null,
    leader     boolean     not null default false,
    joined_on  date        not null,
    left_on    date,
    constraint union_club_member_uk unique (club_id, staff_id)
);
create index union_club_member_staff_idx on union_club_member (staff_id);

-- Activities: sports and culture, contests, volunteering, visits...; budget and actual spend in fen.
create sequence union_activity_seq start with 1 increment by 50;
create table union_activity (
    id                bigint        not null primary key,
    title             varchar(200)  not null,
    kind              varchar(20)   not null,
    held_on           date          not null,
    place             varchar(200),
    organiser_unit_id bigint        not null,
    club_id           bigint        references union_club (id),
    capacity          integer,
    signup_deadline   date,
    budget_fen        bigint        not null default 0,
    spent_fen         bigint,
    description       varchar(2000),
    status            varchar(20)   not null,
    cancel_reason     varchar(500),
    created_by        varchar(64)   not null,
    version           bigint        not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index union_activity_held_idx on union_activity (held_on);

create sequence union_activity_signup_seq start with 1 increment by 50;
create table union_activity_signup (
    id            bigint      not null primary key,
    activity_id   bigint      not null references union_activity (id),
    staff_id      bigint      not null,
    unit_id       bigint      not null,
    signed_up_at  timestamp with time zone not null,
    signed_up_by  varchar(64) not null,
    withdrawn     boolean     not null default false,
    attended      boolean,
    version       bigint      not null default 0,
    constraint union_activity_signup_uk unique (activity_id, staff_id)
);

create sequence union_activity_photo_seq start with 1 increment by 50;
create table union_activity_photo (
    id            bigint        not null primary key,
    activity_id   bigint        not null references union_activity (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp with time zone not null
);
create index union_activity_photo_activity_idx on union_activity_photo (activity_id);

-- Contests (e.g. the Nurses' Day skill contest): entrants, scores per round and judge.
create sequence union_contest_seq start with 1 increment by 50;
create table union_contest (
    id                bigint        not null primary key,
    title             varchar(200)  not null,
    held_on           date          not null,
    organiser_unit_id bigint        not null,
    rounds            integer       not null,
    prize_count       integer       not null,
    status            varchar(20)   not null,
    created_by        varchar(64)   not null,
    version           bigint        not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create sequence union_contest_entrant_seq start with 1 increment by 50;
create table union_contest_entrant (
    id          bigint   not null primary key,
    contest_id  bigint   not null references union_contest (id),
    staff_id    bigint   not null,
    unit_id     bigint   not null,
    constraint union_contest_entrant_uk unique (contest_id, staff_id)
);

create sequence union_contest_score_seq start with 1 increment by 50;
create table union_contest_score (
    id          bigint        not null primary key,
    entrant_id  bigint        not null references union_contest_entrant (id),
    round_no    integer       not null,
    judge       varchar(64)   not null,
    points      numeric(6, 2) not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamp with time zone not null,
    constraint union_contest_score_uk unique (entrant_id, round_no, judge)
);

-- Honours won by people and units, with the certificate scan.
create sequence union_honour_seq start with 1 increment by 50;
create table union_honour (
    id                  bigint        not null primary key,
    title               varchar(200)  not null,
    level               varchar(20)   not null,
    awarding_body       varchar(200)  not null,
    awarded_on          date          not null,
    staff_id            bigint,
    unit_id             bigint        not null,
    status              varchar(20)   not null,
    note                varchar(1000),
    certificate_name    varchar(200),
    certificate_type    varchar(100),
    certificate         bytea,
    withdrawn_reason    varchar(500),
    created_by          varchar(64)   not null,
    version             bigint        not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index union_honour_staff_idx on union_honour (staff_id);
create index union_honour_date_idx on union_honour (awarded_on);

-- The yearly staff health check: campaign, who is due and who attended (not confidential) ...
create sequence union_health_campaign_seq start with 1 increment by 50;
create table union_health_campaign (
    id          bigint        not null primary key,
    check_year  integer       not null,
    provider    varchar(200)  not null,
    starts_on   date          not null,
    ends_on     date          not null,
    audience_all boolean      not null,
    audience_units varchar(1000),
    created_by  varchar(64)   not null,
    version     bigint        not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create sequence union_health_attendee_seq start with 1 increment by 50;
create table union_health_attendee (
    id           bigint   not null primary key,
    campaign_id  bigint   not null references union_health_campaign (id),
    staff_id     bigint   not null,
    unit_id      bigint   not null,
    attended_on  date,
    version      bigint   not null default 0,
    constraint union_health_attendee_uk unique (campaign_id, staff_id)
);
create index union_health_attendee_staff_idx on union_health_attendee (staff_id);

-- ... and the confidential findings (read and written only by occupational health).
create sequence union_health_finding_seq start with 1 increment by 50;
create table union_health_finding (
    id           bigint        not null primary key,
    attendee_id  bigint        not null references union_health_attendee (id),
    staff_id     bigint        not null,
    check_year   integer       not null,
    abnormal     boolean       not null,
    findings     varchar(4000),
    conclusion   varchar(2000) not null,
    advice       varchar(2000),
    recorded_by  varchar(64)   not null,
    version      bigint        not null default 0,
    recorded_at  timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint union_health_finding_uk unique (attendee_id)
);
create index union_health_finding_staff_idx on union_health_finding (staff_id);
