create sequence survey_questionnaire_seq start with 1 increment by 50;
create sequence survey_question_seq start with 1 increment by 50;
create sequence survey_link_seq start with 1 increment by 50;
create sequence survey_token_seq start with 1 increment by 50;
create sequence survey_response_seq start with 1 increment by 50;
create sequence survey_answer_seq start with 1 increment by 50;

-- A questionnaire owned by an org unit (none: hospital-wide, like the built-in inpatient questionnaire).
-- Once open, its questions are locked (no versioning needed).
create table survey_questionnaire (
    id            bigint        not null primary key,
    unit_id       bigint,
    title         varchar(200)  not null,
    purpose       varchar(32)   not null,
    audience      varchar(16)   not null,
    anonymous     boolean       not null,
    description   varchar(2000),
    status        varchar(16)   not null,
    builtin_code  varchar(64)   unique,
    created_by    varchar(64)   not null,
    version       bigint        not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index survey_questionnaire_unit_idx on survey_questionnaire (unit_id, status);

-- One question; options holds one label per line (choices, or the five rating labels from 1 to 5).
-- satisfied_threshold: rating → the lowest score counted satisfied; single choice → the first N options
-- counted satisfied. correct_option (1-based) makes a choice question a knowledge question.
create table survey_question (
    id                   bigint        not null primary key,
    questionnaire_id     bigint        not null references survey_questionnaire (id),
    sort_order           integer       not null,
    kind                 varchar(16)   not null,
    question_text        varchar(500)  not null,
    required             boolean       not null,
    options              varchar(2000),
    satisfied_threshold  integer,
    correct_option       integer
);
create index survey_question_q_idx on survey_question (questionnaire_id, sort_order);

-- A public link (/s/{code}) of a questionnaire for one target unit (the ward the answers are about).
create table survey_link (
    id                bigint        not null primary key,
    questionnaire_id  bigint        not null references survey_questionnaire (id),
    unit_id           bigint        not null,
    code              varchar(32)   not null unique,
    active            boolean       not null,
    created_by        varchar(64)   not null,
    created_at        timestamp with time zone not null,
    constraint survey_link_unit_uq unique (questionnaire_id, unit_id)
);

-- A single-use token (/s/{code}), e.g. printed on a return-visit card.
create table survey_token (
    id                bigint        not null primary key,
    questionnaire_id  bigint        not null references survey_questionnaire (id),
    unit_id           bigint        not null,
    code              varchar(32)   not null unique,
    batch             varchar(64)   not null,
    used_at           timestamp with time zone,
    created_by        varchar(64)   not null,
    created_at        timestamp with time zone not null
);
create index survey_token_q_idx on survey_token (questionnaire_id, batch);

-- One filled-in questionnaire. token_id is unique: a token answers once. respondent_user_id with the
-- questionnaire is unique: a staff member answers a staff survey once (NULLs do not collide).
create table survey_response (
    id                  bigint        not null primary key,
    questionnaire_id    bigint        not null references survey_questionnaire (id),
    unit_id             bigint        not null,
    link_id             bigint        references survey_link (id),
    token_id            bigint        unique references survey_token (id),
    respondent_user_id  bigint,
    respondent          varchar(64),
    response_date       date          not null,
    submitted_at        timestamp with time zone not null,
    withdrawn           boolean       not null default false,
    withdraw_reason     varchar(500),
    version             bigint        not null default 0,
    constraint survey_response_staff_uq unique (questionnaire_id, respondent_user_id)
);
create index survey_response_q_idx on survey_response (questionnaire_id, unit_id, response_date);

create table survey_answer (
    id           bigint        not null primary key,
    response_id  bigint        not null references survey_response (id),
    question_id  bigint        not null references survey_question (id),
    score        integer,
    choices      varchar(200),
    text_answer  varchar(2000)
);
create index survey_answer_response_idx on survey_answer (response_id);
create index survey_answer_question_idx on survey_answer (question_id);
