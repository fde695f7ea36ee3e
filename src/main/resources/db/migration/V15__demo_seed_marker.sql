-- What demo seeding made, per tenant: one row per finished seeding step ('brand', 'journeys', 'actions', 'surveys')
-- and one per demo object it later builds on ('journey.0', 'journey.1' with the journey's id). Seeding runs each
-- step once per tenant and only ever builds on objects listed here, never on what users made (issue 9, item 19).
create table demo_seed_marker (
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    step        varchar(40)  not null,
    object_id   uuid,
    created_at  timestamptz  not null default now(),
    primary key (tenant_id, step)
);
