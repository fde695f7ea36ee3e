-- Journey mining: survey imports with their stored results (overall and per segment value, per moment),
-- the column mapping remembered per journey, the tenant's analysis thresholds, the owners' own estimates
-- (perception gap) and the close-the-loop follow-up queue. All tenant-owned; indexes lead with tenant_id.

-- The method's thresholds per tenant; a tenant without a row uses the defaults (7.0, 0, 7.0, 50 %, 30).
create table measurement_settings (
    id                       uuid           primary key,
    tenant_id                uuid           not null references tenant (id),
    satisfaction_threshold   numeric(4,2)   not null,
    impact_threshold         numeric(4,3)   not null,
    seven_plus_mean_target   numeric(4,2)   not null,
    nine_plus_share_target   numeric(4,3)   not null check (nine_plus_share_target between 0 and 1),
    min_reliable_n           integer        not null check (min_reliable_n >= 0),
    version                  bigint         not null,
    constraint measurement_settings_tenant_uk unique (tenant_id)
);

create table survey_import (
    id                       uuid           primary key,
    tenant_id                uuid           not null references tenant (id),
    journey_id               uuid           not null references journey (id) on delete cascade,
    file_name                varchar(255)   not null,
    -- when the survey was held; imports are compared over this date
    fielded_on               date           not null,
    status                   varchar(10)    not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    progress                 numeric(4,3)   not null default 0,
    respondents              integer,
    -- the thresholds the results were computed with, so old results stay explainable
    satisfaction_threshold   numeric(4,2)   not null,
    impact_threshold         numeric(4,3)   not null,
    seven_plus_mean_target   numeric(4,2)   not null,
    nine_plus_share_target   numeric(4,3)   not null,
    min_reliable_n           integer        not null,
    effort_scale_max         integer        not null,
    -- a failed import keeps only its error (message key, row, column, value, arguments joined by U+001F)
    error_key                varchar(100),
    error_row                integer,
    error_column             varchar(255),
    error_value              varchar(255),
    error_args               varchar(1000),
    created_by               uuid           references app_user (id),
    created_at               timestamptz    not null,
    completed_at             timestamptz,
    version                  bigint         not null
);
create index survey_import_journey_idx on survey_import (tenant_id, journey_id, fielded_on desc);

-- Segment '' / '' is everybody; otherwise one value of one segment column.
create table survey_segment_result (
    id              uuid           primary key,
    tenant_id       uuid           not null references tenant (id),
    import_id       uuid           not null references survey_import (id) on delete cascade,
    segment_column  varchar(255)   not null,
    segment_value   varchar(255)   not null,
    respondents     integer        not null,
    nps_n           integer        not null,
    nps             double precision,
    nps_lower95     double precision,
    nps_upper95     double precision,
    cxi             double precision,
    mean_effort     double precision,
    version         bigint         not null,
    constraint survey_segment_result_uk unique (import_id, segment_column, segment_value)
);
create index survey_segment_result_tenant_idx on survey_segment_result (tenant_id, import_id);

create table survey_moment_result (
    id                  uuid           primary key,
    tenant_id           uuid           not null references tenant (id),
    segment_result_id   uuid           not null references survey_segment_result (id) on delete cascade,
    -- null once the moment is deleted; the title is kept so old imports stay readable
    moment_id           uuid           references moment (id) on delete set null,
    title               varchar(200)   not null,
    position            integer        not null,
    experienced         integer        not null,
    frequency           double precision,
    mean_satisfaction   double precision,
    share_nine_ten      double precision,
    share_six_or_lower  double precision,
    impact              double precision,
    impact_n            integer        not null,
    reliable            boolean        not null,
    quadrant            varchar(40),
    target_met          boolean        not null,
    priority            double precision,
    version             bigint         not null
);
create index survey_moment_result_segment_idx on survey_moment_result (tenant_id, segment_result_id);
create index survey_moment_result_moment_idx on survey_moment_result (tenant_id, moment_id);

-- The last confirmed mapping of a journey's import, by header, so the next export maps itself.
create table survey_column_mapping (
    id          uuid           primary key,
    tenant_id   uuid           not null references tenant (id),
    journey_id  uuid           not null references journey (id) on delete cascade,
    header      varchar(255)   not null,
    role        varchar(30)    not null,
    moment_id   uuid           references moment (id) on delete cascade,
    version     bigint         not null,
    constraint survey_column_mapping_uk unique (tenant_id, journey_id, header)
);

-- The owner's own estimate of a moment's mean satisfaction, entered before results are seen.
create table moment_estimate (
    id            uuid           primary key,
    tenant_id     uuid           not null references tenant (id),
    moment_id     uuid           not null references moment (id) on delete cascade,
    estimate      numeric(4,2)   not null check (estimate between 1 and 10),
    estimated_by  uuid           references app_user (id),
    estimated_at  timestamptz    not null,
    version       bigint         not null
);
create index moment_estimate_moment_idx on moment_estimate (tenant_id, moment_id, estimated_at desc);

-- Close the loop: a respondent who would not recommend (≤ 4) or scored a moment ≤ 3.
create table follow_up (
    id              uuid           primary key,
    tenant_id       uuid           not null references tenant (id),
    import_id       uuid           not null references survey_import (id) on delete cascade,
    journey_id      uuid           not null references journey (id) on delete cascade,
    respondent_ref  varchar(255)   not null,
    recommend       integer,
    -- the lowest-scored moment, when a moment score caused the follow-up
    moment_id       uuid           references moment (id) on delete set null,
    moment_score    integer,
    discipline_id   uuid           references discipline (id) on delete set null,
    owner_user_id   uuid           references app_user (id) on delete set null,
    status          varchar(12)    not null check (status in ('OPEN', 'CONTACTED', 'RESOLVED', 'NO_REPLY')),
    note            varchar(2000),
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    version         bigint         not null,
    constraint follow_up_uk unique (import_id, respondent_ref)
);
create index follow_up_queue_idx on follow_up (tenant_id, status, created_at desc);
