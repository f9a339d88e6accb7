create sequence quality_radiology_seq start with 1 increment by 50;

-- The imaging devices of a radiology unit, so image quality can be rated per device.
create table quality_radiology_device (
    id             bigint       not null primary key,
    unit_id        bigint       not null,
    code           varchar(40)  not null,
    name           varchar(100) not null,
    modality       varchar(16)  not null,
    active         boolean      not null,
    retired_reason varchar(500),
    created_by     varchar(64)  not null,
    version        bigint       not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint quality_radiology_device_code_uk unique (code)
);

-- One exam's image graded 甲/乙/丙/废片, with the technologist who took it and the device.
create table quality_radiology_image (
    id              bigint       not null primary key,
    unit_id         bigint       not null,
    exam_no         varchar(40)  not null,
    exam_on         date         not null,
    technologist_id bigint       not null,
    device_id       bigint       not null references quality_radiology_device (id),
    grade           varchar(8)   not null,
    note            varchar(500),
    graded_by       varchar(64)  not null,
    void_reason     varchar(500),
    version         bigint       not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index quality_radiology_image_unit_idx on quality_radiology_image (unit_id, exam_on);

-- A diagnostic report checked for quality: items checked, defects found, score.
create table quality_radiology_report_check (
    id             bigint        not null primary key,
    unit_id        bigint        not null,
    report_no      varchar(40)   not null,
    radiologist_id bigint        not null,
    checked_on     date          not null,
    items_checked  integer       not null,
    defects        integer       not null,
    defect_note    varchar(1000),
    score          numeric(5, 1) not null,
    checked_by     varchar(64)   not null,
    void_reason    varchar(500),
    version        bigint        not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index quality_radiology_report_unit_idx on quality_radiology_report_check (unit_id, checked_on);

-- The daily case-reading session.
create table quality_radiology_reading (
    id              bigint        not null primary key,
    unit_id         bigint        not null,
    held_on         date          not null,
    cases_discussed integer       not null,
    conclusion      varchar(2000) not null,
    recorded_by     varchar(64)   not null,
    void_reason     varchar(500),
    version         bigint        not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index quality_radiology_reading_unit_idx on quality_radiology_reading (unit_id, held_on);

create table quality_radiology_reading_participant (
    reading_id bigint not null references quality_radiology_reading (id),
    staff_id   bigint not null,
    primary key (reading_id, staff_id)
);

-- A radiology diagnosis followed up against pathology, surgery or clinical follow-up.
create table quality_radiology_followup (
    id                  bigint       not null primary key,
    unit_id             bigint       not null,
    exam_no             varchar(40)  not null,
    radiology_diagnosis varchar(500) not null,
    final_diagnosis     varchar(500) not null,
    source              varchar(24)  not null,
    concordance         varchar(8)   not null,
    followed_on         date         not null,
    recorded_by         varchar(64)  not null,
    void_reason         varchar(500),
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index quality_radiology_followup_unit_idx on quality_radiology_followup (unit_id, followed_on);
