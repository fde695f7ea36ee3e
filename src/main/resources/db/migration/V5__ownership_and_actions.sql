-- Ownership across disciplines (users' disciplines, RACI per moment, employee enablers), improvement
-- actions with their comments and status history, notifications, and the scheduler lock.

create table user_discipline (
    id             uuid    primary key,
    tenant_id      uuid    not null references tenant (id),
    user_id        uuid    not null references app_user (id),
    discipline_id  uuid    not null references discipline (id) on delete cascade,
    version        bigint  not null,
    constraint user_discipline_uk unique (tenant_id, user_id, discipline_id)
);

create table moment_responsibility (
    id             uuid        primary key,
    tenant_id      uuid        not null references tenant (id),
    journey_id     uuid        not null references journey (id) on delete cascade,
    moment_id      uuid        not null references moment (id) on delete cascade,
    discipline_id  uuid        not null references discipline (id) on delete cascade,
    raci           varchar(1)  not null check (raci in ('R', 'A', 'C', 'I')),
    version        bigint      not null,
    constraint moment_responsibility_uk unique (tenant_id, moment_id, discipline_id)
);
-- exactly one accountable discipline per moment (the service refuses a second; this makes it certain)
create unique index moment_one_accountable_uk on moment_responsibility (tenant_id, moment_id) where raci = 'A';
create index moment_responsibility_journey_idx on moment_responsibility (tenant_id, journey_id);

create table moment_enabler (
    id                  uuid           primary key,
    tenant_id           uuid           not null references tenant (id),
    journey_id          uuid           not null references journey (id) on delete cascade,
    moment_id           uuid           not null references moment (id) on delete cascade,
    expected_behaviour  varchar(2000),
    training            varchar(2000),
    hiring_criteria     varchar(2000),
    incentives          varchar(2000),
    process_change      varchar(2000),
    version             bigint         not null,
    constraint moment_enabler_uk unique (tenant_id, moment_id)
);

create table improvement_action (
    id                 uuid           primary key,
    tenant_id          uuid           not null references tenant (id),
    journey_id         uuid           not null references journey (id) on delete cascade,
    -- the moments it improves; empty: the journey as a whole
    moment_ids         uuid[]         not null default '{}',
    title              varchar(200)   not null,
    description        varchar(4000),
    type               varchar(30)    not null,
    discipline_id      uuid           references discipline (id) on delete set null,
    owner_user_id      uuid           not null references app_user (id),
    contributor_ids    uuid[]         not null default '{}',
    status             varchar(20)    not null,
    due_date           date,
    priority           varchar(10)    not null,
    expected_effect    varchar(2000),
    kpi_name           varchar(100),
    kpi_target_change  varchar(100),
    effort             varchar(1)     not null,
    status_note        varchar(2000),
    created_at         timestamptz    not null,
    created_by         uuid           references app_user (id),
    updated_at         timestamptz    not null,
    version            bigint         not null
);
create index improvement_action_status_idx on improvement_action (tenant_id, status, due_date);
-- the default order of lists and the board: by due date within the tenant
create index improvement_action_due_idx on improvement_action (tenant_id, due_date);
create index improvement_action_owner_idx on improvement_action (tenant_id, owner_user_id, status, due_date);
create index improvement_action_journey_idx on improvement_action (tenant_id, journey_id, status);
create index improvement_action_updated_idx on improvement_action (tenant_id, updated_at desc);

create table action_event (
    id           uuid           primary key,
    tenant_id    uuid           not null references tenant (id),
    action_id    uuid           not null references improvement_action (id) on delete cascade,
    at           timestamptz    not null,
    user_id      uuid           references app_user (id),
    -- STATUS (from → to, note), COMMENT (text, mentions), CHANGE (what changed)
    kind         varchar(20)    not null,
    from_status  varchar(20),
    to_status    varchar(20),
    text         varchar(4000),
    mentioned_user_ids uuid[]   not null default '{}',
    version      bigint         not null
);
create index action_event_idx on action_event (tenant_id, action_id, at);

create table notification (
    id          uuid          primary key,
    tenant_id   uuid          not null references tenant (id),
    user_id     uuid          not null references app_user (id),
    type        varchar(30)   not null,
    action_id   uuid          references improvement_action (id) on delete cascade,
    journey_id  uuid          references journey (id) on delete cascade,
    subject     varchar(200),
    actor_id    uuid          references app_user (id),
    created_at  timestamptz   not null,
    read_at     timestamptz,
    -- the same reminder (due soon, overdue) is made once per action and day
    dedup_key   varchar(100),
    version     bigint        not null,
    constraint notification_dedup_uk unique (tenant_id, user_id, dedup_key)
);
create index notification_user_idx on notification (tenant_id, user_id, read_at, created_at desc);

create table notification_preference (
    id         uuid         primary key,
    tenant_id  uuid         not null references tenant (id),
    user_id    uuid         not null references app_user (id),
    type       varchar(30)  not null,
    email      boolean      not null,
    version    bigint       not null,
    constraint notification_preference_uk unique (tenant_id, user_id, type)
);

-- The daily digest is sent once per owner and day, even after a restart.
create table digest_sent (
    id         uuid    primary key,
    tenant_id  uuid    not null references tenant (id),
    user_id    uuid    not null references app_user (id),
    day        date    not null,
    version    bigint  not null,
    constraint digest_sent_uk unique (tenant_id, user_id, day)
);

-- ShedLock: scheduled jobs run on one node at a time (infrastructure, not tenant data).
create table shedlock (
    name        varchar(64)   primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
