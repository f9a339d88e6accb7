create sequence identity_user_seq start with 1 increment by 50;
create sequence identity_api_token_seq start with 1 increment by 50;

create table identity_user (
    id                   bigint       not null primary key,
    username             varchar(64)  not null,
    password_hash        varchar(200) not null,
    display_name         varchar(100) not null,
    staff_id             bigint,
    scope_unit_id        bigint,
    data_scope           varchar(16)  not null,
    enabled              boolean      not null default true,
    failed_attempts      integer      not null default 0,
    locked_until         timestamp with time zone,
    must_change_password boolean      not null default false,
    version              bigint       not null default 0,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint identity_user_username_uk unique (username)
);

create table identity_user_role (
    user_id bigint      not null references identity_user (id),
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table identity_api_token (
    id           bigint       not null primary key,
    user_id      bigint       not null references identity_user (id),
    name         varchar(100) not null,
    token_prefix varchar(16)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint identity_api_token_hash_uk unique (token_hash)
);

create index identity_api_token_user_idx on identity_api_token (user_id);
