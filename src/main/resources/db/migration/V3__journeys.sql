-- Journeys, their phases and moments. All tenant-owned; indexes lead with tenant_id.

create table journey (
    id               uuid          primary key,
    tenant_id        uuid          not null references tenant (id),
    name             varchar(200)  not null,
    type             varchar(40)   not null check (type in ('ORGANISATION_TOUCHPOINT_ANALYSIS',
                         'CUSTOMER_TOUCHPOINT_ANALYSIS', 'CUSTOMER_EXPERIENCE_JOURNEY', 'SIGNATURE_JOURNEY')),
    persona_id       uuid          references persona (id) on delete set null,
    starts_at        varchar(500),
    ends_at          varchar(500),
    description      varchar(4000),
    owner_user_id    uuid          references app_user (id),
    lifecycle_stage  varchar(20)   not null check (lifecycle_stage in ('MAPPING', 'MAKING', 'MINING', 'MANAGEMENT')),
    archived         boolean       not null,
    -- the signature check's overall result, kept up to date on every change so the portfolio can filter on it
    check_status     varchar(20)   not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null
);
create index journey_portfolio_idx on journey (tenant_id, archived, lower(name));

create table phase (
    id          uuid          primary key,
    tenant_id   uuid          not null references tenant (id),
    journey_id  uuid          not null references journey (id) on delete cascade,
    name        varchar(100)  not null,
    position    integer       not null,
    version     bigint        not null
);
create index phase_journey_idx on phase (tenant_id, journey_id, position);

create table moment (
    id                     uuid           primary key,
    tenant_id              uuid           not null references tenant (id),
    journey_id             uuid           not null references journey (id) on delete cascade,
    phase_id               uuid           not null references phase (id) on delete cascade,
    position               integer        not null,
    title                  varchar(200)   not null,
    customer_does          varchar(2000),
    customer_thinks        varchar(2000),
    customer_feels         varchar(2000),
    channel_id             uuid           references channel (id) on delete set null,
    -- null: the moment is ours; otherwise the other party (e.g. the notary)
    other_party            varchar(200),
    nature                 varchar(20)    not null check (nature in ('FUNCTIONAL', 'EMOTIONAL')),
    target_level           varchar(20)    not null check (target_level in ('SEVEN_PLUS', 'NINE_PLUS')),
    moment_of_truth        boolean        not null,
    brand_moment           boolean        not null,
    brand_value_ids        uuid[]         not null default '{}',
    conscious_expectation  varchar(2000),
    deep_driver            varchar(100),
    dimensions             varchar(20)[]  not null default '{}',
    providers              varchar(40)[]  not null default '{}',
    current_emotion        integer        check (current_emotion between -3 and 3),
    desired_emotion        integer        check (desired_emotion between -3 and 3),
    exceeds_expectation    varchar(2000),
    repeatability          varchar(2000),
    owner_discipline_id    uuid           references discipline (id) on delete set null,
    owner_user_id          uuid           references app_user (id),
    version                bigint         not null
);
create index moment_journey_idx on moment (tenant_id, journey_id, phase_id, position);
