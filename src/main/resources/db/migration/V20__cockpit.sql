-- The cockpit (issue 11): the KPIs a tenant chose as the cockpit's headlines, in their order. No rows: the default
-- headlines (NPS, CES, CXi). A deleted KPI leaves the choice with it.
create table cockpit_headline_kpi (
    id          uuid     primary key,
    tenant_id   uuid     not null references tenant (id) on delete cascade,
    kpi_id      uuid     not null references kpi (id) on delete cascade,
    position    integer  not null,
    version     bigint   not null,
    constraint cockpit_headline_kpi_uk unique (tenant_id, kpi_id)
);
create index cockpit_headline_kpi_tenant_idx on cockpit_headline_kpi (tenant_id, position);
