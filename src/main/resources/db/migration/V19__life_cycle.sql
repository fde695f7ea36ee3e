-- The CX life cycle (governance): each journey's cycle and review date, the transitions through the gates, and the
-- tenant's governance settings. The stage itself stays on journey.lifecycle_stage. All tenant-owned; indexes lead
-- with tenant_id.

-- Created lazily on the first move or review: a journey without a row is in cycle 1 since its creation.
create table journey_life_cycle (
    id                uuid     primary key,
    tenant_id         uuid     not null references tenant (id),
    journey_id        uuid     not null references journey (id) on delete cascade,
    cycle             integer  not null default 1 check (cycle >= 1),
    cycle_started_on  date     not null,
    last_reviewed_on  date,
    version           bigint   not null,
    constraint journey_life_cycle_uk unique (tenant_id, journey_id)
);

create table stage_transition (
    id                uuid           primary key,
    tenant_id         uuid           not null references tenant (id),
    journey_id        uuid           not null references journey (id) on delete cascade,
    from_stage        varchar(20)    not null check (from_stage in ('MAPPING', 'MAKING', 'MINING', 'MANAGEMENT')),
    to_stage          varchar(20)    not null check (to_stage in ('MAPPING', 'MAKING', 'MINING', 'MANAGEMENT')),
    -- the cycle the journey was in before the move
    cycle             integer        not null check (cycle >= 1),
    by_user_id        uuid           not null references app_user (id),
    at                timestamptz    not null,
    note              varchar(2000),
    -- present when a failing gate was passed anyway
    override_reason   varchar(2000),
    -- the gate's failing criteria at the time, comma-separated GateCriterion names; empty when it passed
    failing_criteria  text           not null default '',
    version           bigint         not null
);
create index stage_transition_journey_idx on stage_transition (tenant_id, journey_id, at desc);
create index stage_transition_at_idx on stage_transition (tenant_id, at desc);

-- A tenant without a row has every criterion on and a review interval of 90 days.
create table governance_settings (
    id                    uuid           primary key,
    tenant_id             uuid           not null references tenant (id),
    disabled_criteria     varchar(60)[]  not null default '{}',
    review_interval_days  integer        not null default 90 check (review_interval_days between 1 and 730),
    version               bigint         not null,
    constraint governance_settings_tenant_uk unique (tenant_id)
);
