create sequence org_unit_seq start with 1 increment by 1;
create sequence org_staff_seq start with 1 increment by 50;

create table org_unit (
    id                 bigint       not null primary key,
    code               varchar(32)  not null,
    name               varchar(100) not null,
    kind               varchar(32)  not null,
    parent_id          bigint references org_unit (id),
    path               varchar(1000) not null,
    depth              integer      not null,
    bed_count          integer,
    served_population  integer,
    hygiene_class      varchar(4),
    active             boolean      not null default true,
    deactivated_reason varchar(500),
    deactivated_at     timestamp with time zone,
    version            bigint       not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint org_unit_code_uk unique (code)
);

create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path);

create table org_staff (
    id              bigint       not null primary key,
    employee_no     varchar(32)  not null,
    name            varchar(50)  not null,
    gender          varchar(8)   not null,
    birth_date      date,
    id_number       varchar(18),
    phone           varchar(20),
    unit_id         bigint       not null references org_unit (id),
    position        varchar(50),
    title           varchar(40),
    nurse_level     varchar(4),
    hire_date       date,
    employment_type varchar(16)  not null,
    status          varchar(16)  not null,
    version         bigint       not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint org_staff_employee_no_uk unique (employee_no)
);

create index org_staff_unit_idx on org_staff (unit_id);
create index org_staff_name_idx on org_staff (name);
