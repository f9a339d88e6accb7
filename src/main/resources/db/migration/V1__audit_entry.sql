create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id          bigint       not null primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(64)  not null,
    action      varchar(32)  not null,
    record_type varchar(64)  not null,
    record_id   varchar(64)  not null,
    summary     varchar(500),
    before_json text,
    after_json  text
);

create index audit_entry_time_idx on audit_entry (occurred_at);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
