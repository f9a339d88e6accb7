create sequence plan_duty_rule_seq start with 1 increment by 50;
create sequence plan_duty_seq start with 1 increment by 50;

-- A recurring duty of a plan item, done by a unit within the plan unit's subtree.
create table plan_duty_rule (
    id                  bigint        not null primary key,
    plan_id             bigint        not null references plan_plan (id),
    item_id             bigint        not null references plan_item (id),
    title               varchar(200)  not null,
    frequency           varchar(16)   not null,
    day_of_month        integer,
    month_day           varchar(5),
    weekday             varchar(16),
    responsible_unit_id bigint        not null,
    created_by          varchar(64)   not null,
    version             bigint        not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

create index plan_duty_rule_item_idx on plan_duty_rule (item_id);

-- One date a duty falls due in the plan's year: done or not, by whom, when, with what evidence.
create table plan_duty (
    id                  bigint        not null primary key,
    rule_id             bigint        not null references plan_duty_rule (id),
    plan_id             bigint        not null references plan_plan (id),
    item_id             bigint        not null references plan_item (id),
    responsible_unit_id bigint        not null,
    due_date            date          not null,
    label               varchar(200),
    done                boolean       not null default false,
    done_by             varchar(64),
    done_at             timestamp with time zone,
    evidence            varchar(2000),
    version             bigint        not null default 0,
    constraint plan_duty_rule_date_uk unique (rule_id, due_date)
);

create index plan_duty_unit_due_idx on plan_duty (responsible_unit_id, done, due_date);
create index plan_duty_due_idx on plan_duty (done, due_date);
