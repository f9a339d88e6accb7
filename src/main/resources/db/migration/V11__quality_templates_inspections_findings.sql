create sequence quality_template_seq start with 1 increment by 50;
create sequence quality_template_item_seq start with 1 increment by 50;
create sequence quality_round_seq start with 1 increment by 50;
create sequence quality_inspection_seq start with 1 increment by 50;
create sequence quality_line_seq start with 1 increment by 50;
create sequence quality_review_seq start with 1 increment by 50;
create sequence quality_finding_seq start with 1 increment by 50;
create sequence quality_file_seq start with 1 increment by 50;

-- A checklist template. Versions of one checklist share family_code; inspections keep the version they used.
create table quality_template (
    id               bigint        not null primary key,
    family_code      varchar(40)   not null,
    template_version integer       not null,
    name             varchar(200)  not null,
    kind             varchar(32)   not null,
    description      varchar(2000),
    status           varchar(16)   not null,
    total_points     numeric(7, 1) not null,
    created_by       varchar(64)   not null,
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint quality_template_family_uk unique (family_code, template_version)
);

-- One checked item of a template; item_code stays the same across versions (recurrence is judged by it).
create table quality_template_item (
    id                 bigint        not null primary key,
    template_id        bigint        not null references quality_template (id),
    sort_order         integer       not null,
    section            varchar(100)  not null,
    item_code          varchar(40)   not null,
    text               varchar(500)  not null,
    max_points         numeric(6, 1) not null,
    deduction_per_time numeric(6, 1) not null,
    veto               boolean       not null default false,
    photo_required     boolean       not null default false,
    note_required      boolean       not null default false
);

create index quality_template_item_tpl_idx on quality_template_item (template_id, sort_order);

-- Uploaded photos and evidence files (images only for inspection photos).
create table quality_file (
    id           bigint        not null primary key,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamp with time zone not null
);

-- A planned set of inspections: monthly per ward, or a quarterly cross-inspection between wards.
create table quality_round (
    id              bigint        not null primary key,
    kind            varchar(16)   not null,
    title           varchar(200)  not null,
    template_id     bigint        not null references quality_template (id),
    parent_unit_id  bigint        not null,
    inspection_date date          not null,
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null
);

create table quality_inspection (
    id                 bigint        not null primary key,
    template_id        bigint        not null references quality_template (id),
    family_code        varchar(40)   not null,
    unit_id            bigint        not null,
    inspecting_unit_id bigint,
    round_id           bigint references quality_round (id),
    inspection_date    date          not null,
    deadline_days      integer       not null,
    status             varchar(16)   not null,
    inspector_id       bigint,
    inspector          varchar(64)   not null,
    raw_score          numeric(7, 1) not null,
    max_score          numeric(7, 1) not null,
    percentage         numeric(5, 1) not null,
    vetoed             boolean       not null default false,
    remarks            varchar(2000),
    published_at       timestamp with time zone,
    withdrawn_reason   varchar(500),
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint quality_inspection_not_self_ck check (inspecting_unit_id is null or inspecting_unit_id <> unit_id)
);

create index quality_inspection_unit_idx on quality_inspection (unit_id, inspection_date);
create index quality_inspection_rank_idx on quality_inspection (family_code, status, inspection_date);

-- The score of one item in one inspection.
create table quality_inspection_line (
    id               bigint        not null primary key,
    inspection_id    bigint        not null references quality_inspection (id),
    template_item_id bigint        not null references quality_template_item (id),
    occurrences      integer       not null default 0,
    deducted         numeric(6, 1) not null default 0,
    note             varchar(1000),
    photo_id         bigint references quality_file (id),
    constraint quality_line_uk unique (inspection_id, template_item_id)
);

-- The review chain: submit (inspector) → review (head nurse level) → sign-off (nursing department), or return.
create table quality_review_step (
    id            bigint        not null primary key,
    inspection_id bigint        not null references quality_inspection (id),
    step          varchar(16)   not null,
    actor_id      bigint,
    actor         varchar(64)   not null,
    comment       varchar(2000),
    occurred_at   timestamp with time zone not null
);

create index quality_review_step_insp_idx on quality_review_step (inspection_id, occurred_at);

-- A deduction of a published inspection, to be rectified by the unit and verified by the inspector.
create table quality_finding (
    id                    bigint        not null primary key,
    inspection_id         bigint        not null references quality_inspection (id),
    line_id               bigint        not null references quality_inspection_line (id),
    unit_id               bigint        not null,
    item_code             varchar(40)   not null,
    description           varchar(1500) not null,
    points_lost           numeric(6, 1) not null,
    responsible_staff_id  bigint,
    deadline              date          not null,
    status                varchar(16)   not null,
    corrective_action     varchar(2000),
    evidence_id           bigint references quality_file (id),
    answered_by           varchar(64),
    answered_at           timestamp with time zone,
    reject_reason         varchar(1000),
    verified_by           varchar(64),
    verified_at           timestamp with time zone,
    closed_on             date,
    recurrence            boolean       not null default false,
    recurrence_of_id      bigint,
    accountability        varchar(2000),
    accountability_by     varchar(64),
    accountability_at     timestamp with time zone,
    withdrawn_reason      varchar(500),
    version               bigint        not null default 0,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);

create index quality_finding_unit_idx on quality_finding (unit_id, status, deadline);
create index quality_finding_item_idx on quality_finding (unit_id, item_code, created_at);
