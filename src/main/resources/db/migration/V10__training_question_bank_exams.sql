create sequence training_question_seq start with 1 increment by 50;
create sequence training_exam_seq start with 1 increment by 50;
create sequence training_exam_rule_seq start with 1 increment by 50;
create sequence training_attempt_seq start with 1 increment by 50;

-- One version of a bank question. Editing a question already used on a paper or in an attempt
-- adds a new row with the same lineage_id and the next version_no; the old row stays for the
-- papers and attempts that used it. Only the latest version of a lineage is listed and picked.
-- A first version's lineage_id is its own id, set right after its insert.
create table training_question (
    id            bigint         not null primary key,
    lineage_id    bigint,
    version_no    integer        not null,
    latest        boolean        not null,
    unit_id       bigint         not null,
    qtype         varchar(16)    not null,
    category      varchar(24)    not null,
    difficulty    integer        not null,
    stem          varchar(4000)  not null,
    option_a      varchar(1000),
    option_b      varchar(1000),
    option_c      varchar(1000),
    option_d      varchar(1000),
    option_e      varchar(1000),
    option_f      varchar(1000),
    answer        varchar(2000),
    tags          varchar(500),
    explanation   varchar(4000),
    points        integer        not null,
    used          boolean        not null default false,
    withdrawn     boolean        not null default false,
    withdrawn_reason varchar(500),
    created_by    varchar(64)    not null,
    version       bigint         not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint training_question_difficulty_ck check (difficulty between 1 and 5),
    constraint training_question_points_ck check (points between 1 and 100)
);

create index training_question_pick_idx on training_question (latest, withdrawn, category, difficulty, qtype);
create index training_question_unit_idx on training_question (unit_id);
create index training_question_lineage_idx on training_question (lineage_id, version_no);

-- An exam: who sits it (the stored candidate list), when, how it is marked and how its paper is made.
create table training_exam (
    id               bigint        not null primary key,
    unit_id          bigint        not null,
    title            varchar(200)  not null,
    kind             varchar(24)   not null,
    mode             varchar(16)   not null,
    status           varchar(16)   not null,
    opens_at         timestamp with time zone not null,
    closes_at        timestamp with time zone not null,
    duration_minutes integer,
    pass_mark        numeric(8, 2) not null,
    pass_mark_type   varchar(16)   not null,
    show_answers     boolean       not null default false,
    max_attempts     integer,
    assembly         varchar(16)   not null,
    per_candidate    boolean       not null default false,
    invite_unit_id   bigint,
    invite_titles    varchar(1000),
    invite_levels    varchar(200),
    withdrawn_reason varchar(500),
    created_by       varchar(64)   not null,
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint training_exam_window_ck check (closes_at > opens_at),
    constraint training_exam_duration_ck check (mode <> 'ONLINE' or duration_minutes between 1 and 600)
);

create index training_exam_unit_idx on training_exam (unit_id, opens_at);

-- The paper of an exam picked by hand, or the fixed paper drawn from its rules when published.
create table training_exam_question (
    exam_id     bigint  not null references training_exam (id),
    position    integer not null,
    question_id bigint  not null references training_question (id),
    points      integer not null,
    primary key (exam_id, position)
);

-- Paper rules: N questions of a category, difficulty (null: any) and type, each worth the given points.
create table training_exam_rule (
    id             bigint      not null primary key,
    exam_id        bigint      not null references training_exam (id),
    position       integer     not null,
    category       varchar(24) not null,
    difficulty     integer,
    qtype          varchar(16) not null,
    question_count integer     not null,
    points_each    integer     not null
);

create index training_exam_rule_exam_idx on training_exam_rule (exam_id, position);

-- The invited candidates, resolved from the invitation criteria and stored (unit as at invitation).
create table training_exam_candidate (
    exam_id  bigint not null references training_exam (id),
    staff_id bigint not null,
    unit_id  bigint not null,
    primary key (exam_id, staff_id)
);

create index training_exam_candidate_staff_idx on training_exam_candidate (staff_id);
create index training_exam_candidate_unit_idx on training_exam_candidate (unit_id);

-- One sitting of one candidate: online with a server-side deadline, or a paper-exam score entered afterwards.
create table training_attempt (
    id            bigint        not null primary key,
    exam_id       bigint        not null references training_exam (id),
    staff_id      bigint        not null,
    unit_id       bigint        not null,
    attempt_no    integer       not null,
    status        varchar(16)   not null,
    seed          bigint        not null,
    started_at    timestamp with time zone not null,
    deadline      timestamp with time zone,
    submitted_at  timestamp with time zone,
    submit_reason varchar(16),
    exam_date     date,
    score         numeric(8, 2),
    max_score     numeric(8, 2) not null,
    passed        boolean,
    entered_by    varchar(64),
    version       bigint        not null default 0,
    constraint training_attempt_no_uk unique (exam_id, staff_id, attempt_no)
);

create index training_attempt_exam_idx on training_attempt (exam_id, staff_id);
create index training_attempt_due_idx on training_attempt (status, deadline);

-- The questions of one attempt's paper (kept so a reload shows the same paper), the answer and its score.
create table training_attempt_item (
    attempt_id  bigint         not null references training_attempt (id),
    position    integer        not null,
    question_id bigint         not null references training_question (id),
    points      integer        not null,
    response    varchar(4000),
    answered_at timestamp with time zone,
    score       numeric(8, 2),
    graded_by   varchar(64),
    graded_at   timestamp with time zone,
    primary key (attempt_id, position)
);

create index training_attempt_item_question_idx on training_attempt_item (question_id);
