-- The KPI catalogue of a tenant: the eight standard KPIs (standard_code set, named in English; the UI
-- translates them by code) and the tenant's own, each for the whole tenant, one journey or one moment;
-- targets per month or quarter, and measured values per period. All tenant-owned; indexes lead with tenant_id.

create table kpi (
    id                uuid           primary key,
    tenant_id         uuid           not null references tenant (id),
    name              varchar(100)   not null,
    unit              varchar(30),
    scale_min         numeric,
    scale_max         numeric,
    higher_is_better  boolean        not null,
    -- NPS, CSAT, CES, CXI, RETENTION, CHURN, CROSS_SELL, CLV; null for the tenant's own KPIs
    standard_code     varchar(20),
    scope             varchar(10)    not null,
    journey_id        uuid           references journey (id) on delete cascade,
    moment_id         uuid           references moment (id) on delete cascade,
    version           bigint         not null,
    constraint kpi_standard_code_check check (standard_code is null
        or standard_code in ('NPS', 'CSAT', 'CES', 'CXI', 'RETENTION', 'CHURN', 'CROSS_SELL', 'CLV')),
    constraint kpi_scale_check check (scale_min is null or scale_max is null or scale_min < scale_max),
    constraint kpi_scope_check check (
        scope = 'TENANT' and journey_id is null and moment_id is null
        or scope = 'JOURNEY' and journey_id is not null and moment_id is null
        or scope = 'MOMENT' and journey_id is not null and moment_id is not null)
);
-- names are unique within a tenant, ignoring case
create unique index kpi_name_uk on kpi (tenant_id, lower(name));
create unique index kpi_standard_uk on kpi (tenant_id, standard_code) where standard_code is not null;
create index kpi_journey_idx on kpi (tenant_id, journey_id);
create index kpi_moment_idx on kpi (tenant_id, moment_id);

create table kpi_target (
    id            uuid          primary key,
    tenant_id     uuid          not null references tenant (id),
    kpi_id        uuid          not null references kpi (id) on delete cascade,
    period_type   varchar(10)   not null check (period_type in ('MONTH', 'QUARTER')),
    period_start  date          not null,
    target        numeric       not null,
    version       bigint        not null,
    constraint kpi_target_uk unique (tenant_id, kpi_id, period_type, period_start),
    constraint kpi_target_period_start_check check (extract(day from period_start) = 1
        and (period_type = 'MONTH' or extract(month from period_start) in (1, 4, 7, 10)))
);
create index kpi_target_kpi_idx on kpi_target (tenant_id, kpi_id, period_start);

create table kpi_measurement (
    id            uuid          primary key,
    tenant_id     uuid          not null references tenant (id),
    kpi_id        uuid          not null references kpi (id) on delete cascade,
    period_type   varchar(10)   not null check (period_type in ('MONTH', 'QUARTER')),
    period_start  date          not null,
    value         numeric       not null,
    sample_size   integer       check (sample_size >= 0),
    source        varchar(10)   not null check (source in ('MANUAL', 'IMPORT', 'API')),
    created_at    timestamptz   not null,
    version       bigint        not null,
    constraint kpi_measurement_period_start_check check (extract(day from period_start) = 1
        and (period_type = 'MONTH' or extract(month from period_start) in (1, 4, 7, 10)))
);
create index kpi_measurement_kpi_idx on kpi_measurement (tenant_id, kpi_id, period_start);

-- Tenants that exist already get the standard KPIs here (new tenants get them from TenantDefaults).
-- Keep in step with app.momentum.measurement.StandardKpi.
insert into kpi (id, tenant_id, name, unit, scale_min, scale_max, higher_is_better, standard_code, scope, version)
select gen_random_uuid(), t.id, s.name, s.unit, s.scale_min, s.scale_max, s.higher_is_better, s.code, 'TENANT', 0
from tenant t
cross join (values
    ('NPS',        'Net Promoter Score (NPS)',           'score', -100::numeric, 100::numeric,  true),
    ('CSAT',       'Customer satisfaction (CSAT)',       '%',     0::numeric,    100::numeric,  true),
    ('CES',        'Customer effort score (CES)',        'score', 1::numeric,    7::numeric,    false),
    ('CXI',        'Customer experience index (CXi)',    'score', -100::numeric, 100::numeric,  true),
    ('RETENTION',  'Customer retention',                 '%',     0::numeric,    100::numeric,  true),
    ('CHURN',      'Churn',                              '%',     0::numeric,    100::numeric,  false),
    ('CROSS_SELL', 'Cross-sell ratio',                   '%',     0::numeric,    100::numeric,  true),
    ('CLV',        'Customer lifetime value (CLV)',      'EUR',   null::numeric, null::numeric, true)
) as s (code, name, unit, scale_min, scale_max, higher_is_better)
where not exists (select 1 from kpi k where k.tenant_id = t.id and k.standard_code = s.code);
