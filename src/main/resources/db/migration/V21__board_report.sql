-- The board report (issue 11). A tenant admin schedules it monthly or quarterly to chosen members (one schedule per
-- tenant); on the first day of each month or quarter a job makes the previous period's report in each recipient's
-- language and keeps it here as a PDF for download (once per tenant, period and language: the job is idempotent).

create table board_report_schedule (
    id                  uuid          primary key,
    tenant_id           uuid          not null references tenant (id),
    frequency           varchar(10)   not null check (frequency in ('MONTHLY', 'QUARTERLY')),
    recipient_user_ids  uuid[]        not null,
    updated_at          timestamptz   not null,
    version             bigint        not null,
    constraint board_report_schedule_tenant_uk unique (tenant_id)
);

create table board_report_file (
    id          uuid          primary key,
    tenant_id   uuid          not null references tenant (id),
    -- the period's code: 2026-Q3 or 2026-11
    period      varchar(10)   not null,
    language    varchar(10)   not null,
    file_name   varchar(100)  not null,
    content     bytea         not null,
    created_at  timestamptz   not null,
    version     bigint        not null,
    constraint board_report_file_uk unique (tenant_id, period, language)
);
