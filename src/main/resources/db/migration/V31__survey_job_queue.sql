-- Issue 14, several nodes: survey analyses wait in a queue that every node reads, and the uploaded file waits with
-- them, so any node with a free slot can take a job (FOR UPDATE SKIP LOCKED) whichever node received the upload.
-- A running job's node refreshes heartbeat_at; a job whose heartbeat stopped (its node died) is queued again, or
-- failed once it was tried max-attempts times. Its result is stored in the same transaction that marks it done.
create table survey_job (
    id            uuid             primary key,
    tenant_id     uuid             not null references tenant (id) on delete cascade,
    journey_id    uuid             not null,
    user_id       uuid             not null,
    file_name     varchar(255)     not null,
    -- what the user confirmed: request, the journey's moments and the thresholds as they were at the start
    request       jsonb            not null,
    language      varchar(35)      not null,
    state         varchar(10)      not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress      double precision not null default 0,
    attempts      integer          not null default 0,
    claimed_by    varchar(200),
    heartbeat_at  timestamptz,
    import_id     uuid,
    error         jsonb,
    created_at    timestamptz      not null,
    finished_at   timestamptz
);
create index survey_job_waiting on survey_job (created_at) where state = 'QUEUED';
create index survey_job_running on survey_job (heartbeat_at) where state = 'RUNNING';
create index survey_job_journey on survey_job (tenant_id, journey_id);

-- The uploaded file in pieces of at most 1 MB, so neither writing nor reading it holds the whole file in memory.
create table survey_job_chunk (
    job_id    uuid    not null references survey_job (id) on delete cascade,
    position  integer not null,
    bytes     bytea   not null,
    primary key (job_id, position)
);
