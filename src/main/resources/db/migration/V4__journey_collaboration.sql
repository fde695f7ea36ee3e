-- Working together on a journey: the activity history, comments on moments, and named baselines.

create table journey_activity (
    id           uuid          primary key,
    tenant_id    uuid          not null references tenant (id),
    journey_id   uuid          not null references journey (id) on delete cascade,
    at           timestamptz   not null,
    user_id      uuid          references app_user (id),
    action       varchar(40)   not null,
    subject      varchar(200),
    -- "field<US>old<US>new" per changed field (US = unit separator, U+001F)
    changes      varchar(4000)[] not null default '{}',
    version      bigint        not null
);
create index journey_activity_idx on journey_activity (tenant_id, journey_id, at desc);

create table moment_comment (
    id                  uuid           primary key,
    tenant_id           uuid           not null references tenant (id),
    journey_id          uuid           not null references journey (id) on delete cascade,
    moment_id           uuid           not null references moment (id) on delete cascade,
    author_user_id      uuid           not null references app_user (id),
    text                varchar(4000)  not null,
    mentioned_user_ids  uuid[]         not null default '{}',
    created_at          timestamptz    not null,
    version             bigint         not null
);
create index moment_comment_idx on moment_comment (tenant_id, moment_id, created_at);

create table journey_baseline (
    id              uuid          primary key,
    tenant_id       uuid          not null references tenant (id),
    journey_id      uuid          not null references journey (id) on delete cascade,
    name            varchar(100)  not null,
    created_at      timestamptz   not null,
    created_by      uuid          references app_user (id),
    -- the phases and moments at that time, as JSON (see BaselineSnapshot)
    snapshot        text          not null,
    version         bigint        not null,
    constraint journey_baseline_name_uk unique (tenant_id, journey_id, name)
);
