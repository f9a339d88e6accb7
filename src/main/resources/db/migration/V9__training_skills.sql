create sequence training_skill_seq start with 1 increment by 50;
create sequence training_skill_sheet_seq start with 1 increment by 50;
create sequence training_skill_item_seq start with 1 increment by 50;
create sequence training_skill_assessment_seq start with 1 increment by 50;
create sequence training_skill_score_seq start with 1 increment by 50;

-- A basic nursing skill of the hospital's catalogue.
create table training_skill (
    id               bigint        not null primary key,
    code             varchar(32)   not null,
    name_zh          varchar(100)  not null,
    name_en          varchar(100),
    pass_threshold   numeric(6, 1) not null,
    sort_order       integer       not null,
    active           boolean       not null default true,
    withdrawn_reason varchar(500),
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint training_skill_code_uk unique (code)
);

-- A version of a skill's scoring sheet; a sheet with assessments is never changed, a new version is made.
create table training_skill_sheet (
    id            bigint       not null primary key,
    skill_id      bigint       not null references training_skill (id),
    sheet_version integer      not null,
    current_sheet boolean      not null,
    created_by    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    constraint training_skill_sheet_uk unique (skill_id, sheet_version)
);

create table training_skill_item (
    id             bigint        not null primary key,
    sheet_id       bigint        not null references training_skill_sheet (id),
    sort_order     integer       not null,
    name           varchar(200)  not null,
    max_points     numeric(6, 1) not null,
    per_occurrence numeric(6, 1),
    rule_text      varchar(500)
);

create index training_skill_item_sheet_idx on training_skill_item (sheet_id, sort_order);

-- One attempt of one staff member at one skill, scored on one sheet version; every attempt is kept.
create table training_skill_assessment (
    id               bigint        not null primary key,
    skill_id         bigint        not null references training_skill (id),
    sheet_id         bigint        not null references training_skill_sheet (id),
    staff_id         bigint        not null,
    staff_name       varchar(100)  not null,
    unit_id          bigint        not null,
    assessed_on      date          not null,
    score            numeric(6, 1) not null,
    max_score        numeric(6, 1) not null,
    pass_threshold   numeric(6, 1) not null,
    passed           boolean       not null,
    examiner         varchar(64)   not null,
    note             varchar(1000),
    withdrawn        boolean       not null default false,
    withdrawn_reason varchar(500),
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null
);

create index training_skill_assessment_staff_idx on training_skill_assessment (staff_id, skill_id, assessed_on);
create index training_skill_assessment_unit_idx on training_skill_assessment (unit_id, assessed_on);

create table training_skill_score (
    id            bigint        not null primary key,
    assessment_id bigint        not null references training_skill_assessment (id),
    item_id       bigint        not null references training_skill_item (id),
    occurrences   integer,
    points_lost   numeric(6, 1) not null,
    score         numeric(6, 1) not null
);

create index training_skill_score_assessment_idx on training_skill_score (assessment_id);

-- Who had to pass the skills in a year (published as training.skill_required facts).
create table training_skill_requirement (
    req_year     integer   not null,
    staff_id     bigint    not null,
    unit_id      bigint    not null,
    required     integer   not null,
    published_at timestamp with time zone not null,
    primary key (req_year, staff_id)
);
