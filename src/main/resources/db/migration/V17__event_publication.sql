-- Spring Modulith's event publication registry (schema v2 for PostgreSQL, as shipped in spring-modulith-events-jdbc
-- 2.1.1): one row per event and listener, written in the publishing transaction and completed when the listener
-- ends, so a notification or mail whose listener had not run when the node stopped is delivered on restart.
-- Global infrastructure, no tenant column: events name their tenant in the serialized payload.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
