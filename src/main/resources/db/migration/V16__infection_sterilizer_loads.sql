create sequence infection_sterilizer_seq start with 1 increment by 50;
create sequence infection_sterilizer_load_seq start with 1 increment by 50;

-- A sterilizer of the sterile supply department (or an operating theatre).
create table infection_sterilizer (
    id          bigint        not null primary key,
    unit_id     bigint        not null,
    name        varchar(100)  not null,
    kind        varchar(24)   not null,
    version     bigint        not null default 0
);

-- One load: its monitoring (Bowie-Dick before the day's first load of a pre-vacuum steam sterilizer, chemical for
-- every load, biological at least weekly) and whether it was released, held or recalled.
create table infection_sterilizer_load (
    id              bigint        not null primary key,
    sterilizer_id   bigint        not null references infection_sterilizer (id),
    load_date       date          not null,
    load_no         integer       not null,
    packs           integer       not null,
    bd_result       varchar(8),
    chemical_result varchar(8)    not null,
    bio_result      varchar(8),
    released        boolean       not null,
    recalled        boolean       not null default false,
    note            varchar(500),
    recorded_by     varchar(64)   not null,
    recorded_at     timestamp with time zone not null,
    version         bigint        not null default 0,
    constraint infection_sterilizer_load_uk unique (sterilizer_id, load_date, load_no)
);

create index infection_sterilizer_load_date_idx on infection_sterilizer_load (sterilizer_id, load_date);
