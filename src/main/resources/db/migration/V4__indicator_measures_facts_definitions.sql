create sequence indicator_fact_seq start with 1 increment by 1;

-- What can be counted: declared by the modules that record the work, or entered by hand.
create table indicator_measure (
    code         varchar(100) not null primary key,
    name_zh      varchar(100) not null,
    name_en      varchar(100) not null,
    unit         varchar(20)  not null,
    aggregation  varchar(16)  not null,
    manual_entry boolean      not null default false,
    declared_by  varchar(32)  not null,
    created_at   timestamp with time zone not null
);

-- One recorded act that counts toward an indicator. (source_type, source_id) names the record it
-- came from; re-publishing a source replaces its facts, so corrections and withdrawals follow it.
create table indicator_fact (
    id           bigint        not null primary key,
    measure_code varchar(100)  not null references indicator_measure (code),
    unit_id      bigint        not null,
    fact_date    date          not null,
    amount       numeric(18, 4) not null,
    source_type  varchar(40)   not null,
    source_id    varchar(200)  not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)   not null
);

create index indicator_fact_measure_date_idx on indicator_fact (measure_code, fact_date, unit_id);
-- For queries over a set of units (a subtree's partial months, LAST values): one short range per unit.
create index indicator_fact_measure_unit_idx on indicator_fact (measure_code, unit_id, fact_date);
create index indicator_fact_source_idx on indicator_fact (source_type, source_id);

-- Monthly totals per measure for every unit's whole subtree (the unit itself and all below it),
-- kept in the same transaction as the facts: a dashboard reads a few hundred rows, not millions.
create table indicator_rollup_month (
    measure_code varchar(100)   not null,
    unit_id      bigint         not null,
    month_start  date           not null,
    value_sum    numeric(24, 4) not null,
    value_count  bigint         not null,
    primary key (measure_code, unit_id, month_start)
);

create index indicator_rollup_unit_idx on indicator_rollup_month (unit_id, month_start);

-- Indicators as data: numerator and denominator are expressions over measures.
create table indicator_definition (
    code        varchar(100)  not null primary key,
    name_zh     varchar(100)  not null,
    name_en     varchar(100)  not null,
    numerator   varchar(1000) not null,
    denominator varchar(1000),
    factor      numeric(12, 4) not null,
    decimals    integer       not null,
    unit        varchar(20)   not null,
    direction   varchar(8)    not null,
    target      numeric(18, 4),
    description varchar(1000),
    built_in    boolean       not null,
    version     bigint        not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
