-- The CX-liner maturity scan: rounds opened by a CX manager, and each participant's own answers to the 42
-- statements. Results are computed from the submitted answers (maturity.domain), never stored.

create table maturity_round (
    id          uuid          primary key,
    tenant_id   uuid          not null references tenant (id),
    name        varchar(120)  not null,
    -- open for answers until the end of this day (inclusive), unless closed by hand before
    closes_on   date          not null,
    closed_at   timestamptz,
    opened_by   uuid          references app_user (id),
    opened_at   timestamptz   not null,
    version     bigint        not null
);
create index maturity_round_tenant_idx on maturity_round (tenant_id, opened_at desc);

create table maturity_participant (
    id            uuid          primary key,
    tenant_id     uuid          not null references tenant (id),
    round_id      uuid          not null references maturity_round (id) on delete cascade,
    user_id       uuid          not null references app_user (id),
    -- statement 1..42 as one letter each: A (no idea) .. E (fully), '-' not answered yet
    answers       varchar(42)   not null default '------------------------------------------',
    submitted_at  timestamptz,
    version       bigint        not null,
    constraint maturity_participant_uk unique (tenant_id, round_id, user_id),
    constraint maturity_participant_answers_ck check (answers ~ '^[A-E-]{42}$'),
    -- a submission is complete
    constraint maturity_participant_submitted_ck check (submitted_at is null or answers ~ '^[A-E]{42}$')
);
create index maturity_participant_round_idx on maturity_participant (tenant_id, round_id);
create index maturity_participant_user_idx on maturity_participant (tenant_id, user_id);
