create sequence plan_plan_seq start with 1 increment by 50;
create sequence plan_item_seq start with 1 increment by 50;
create sequence plan_history_seq start with 1 increment by 50;
create sequence plan_attachment_seq start with 1 increment by 50;

-- A work plan of one org unit for a year, a quarter or a month (unit_id names an org_unit).
create table plan_plan (
    id                bigint        not null primary key,
    unit_id           bigint        not null,
    kind              varchar(16)   not null,
    plan_year         integer       not null,
    plan_quarter      integer,
    plan_month        integer,
    title             varchar(200)  not null,
    goals             varchar(4000),
    status            varchar(16)   not null,
    created_by_id     bigint,
    created_by        varchar(64)   not null,
    submitted_by_id   bigint,
    submitted_by      varchar(64),
    approved_by       varchar(64),
    approved_at       timestamp with time zone,
    copied_from_id    bigint references plan_plan (id),
    version           bigint        not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint plan_plan_period_ck check (
        (kind = 'ANNUAL' and plan_quarter is null and plan_month is null)
        or (kind = 'QUARTERLY' and plan_quarter between 1 and 4 and plan_month is null)
        or (kind = 'MONTHLY' and plan_month between 1 and 12 and plan_quarter is null))
);

create index plan_plan_unit_idx on plan_plan (unit_id, plan_year);
create index plan_plan_year_idx on plan_plan (plan_year, status);
create index plan_plan_copied_idx on plan_plan (copied_from_id);

-- One line of a plan: an indicator with a target, or a deliverable ticked off with evidence.
create table plan_item (
    id             bigint         not null primary key,
    plan_id        bigint         not null references plan_plan (id),
    sort_order     integer        not null,
    text           varchar(500)   not null,
    category       varchar(50),
    owner          varchar(100),
    due_date       date,
    kind           varchar(16)    not null,
    indicator_code varchar(100),
    comparator     varchar(16),
    target         numeric(18, 4),
    target_upper   numeric(18, 4),
    done           boolean        not null default false,
    done_at        timestamp with time zone,
    done_by        varchar(64),
    version        bigint         not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint plan_item_kind_ck check (
        (kind = 'INDICATOR' and indicator_code is not null and comparator is not null and target is not null)
        or (kind = 'DELIVERABLE' and indicator_code is null and comparator is null and target is null))
);

create index plan_item_plan_idx on plan_item (plan_id, sort_order);

-- The org units an item covers (the plan's unit, or units below it).
create table plan_item_unit (
    item_id bigint not null references plan_item (id),
    unit_id bigint not null,
    primary key (item_id, unit_id)
);

-- Every status change of a plan, and every comment, with who and when.
create table plan_history (
    id          bigint        not null primary key,
    plan_id     bigint        not null references plan_plan (id),
    action      varchar(16)   not null,
    from_status varchar(16),
    to_status   varchar(16),
    comment     varchar(2000),
    actor       varchar(64)   not null,
    occurred_at timestamp with time zone not null
);

create index plan_history_plan_idx on plan_history (plan_id, occurred_at);

-- Evidence files of deliverable items, kept in the database (type-checked and size-limited on upload).
create table plan_attachment (
    id           bigint        not null primary key,
    item_id      bigint        not null references plan_item (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamp with time zone not null
);

create index plan_attachment_item_idx on plan_attachment (item_id);
