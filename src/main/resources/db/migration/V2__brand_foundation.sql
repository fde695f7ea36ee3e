-- The brand foundation of a tenant: values, promise and pay-off, guiding principles, channels, personas,
-- and the disciplines that own moments. Every table is tenant-owned (tenant_id first in every index).

create table brand_profile (
    id                   uuid          primary key,
    tenant_id            uuid          not null references tenant (id),
    brand_promise        varchar(2000),
    pay_off              varchar(300),
    -- signature check: the largest share of 9+ moments a journey may have (dosing)
    max_nine_plus_share  numeric(3, 2) not null default 0.30 check (max_nine_plus_share > 0 and max_nine_plus_share <= 1),
    version              bigint        not null,
    constraint brand_profile_tenant_uk unique (tenant_id)
);

create table brand_value (
    id                uuid          primary key,
    tenant_id         uuid          not null references tenant (id),
    name              varchar(100)  not null,
    description       varchar(2000),
    customer_feeling  varchar(2000),
    behaviour         varchar(2000),
    position          integer       not null,
    version           bigint        not null,
    constraint brand_value_name_uk unique (tenant_id, name)
);

create table guiding_principle (
    id               uuid          primary key,
    tenant_id        uuid          not null references tenant (id),
    statement        varchar(500)  not null,
    rationale        varchar(2000),
    -- optional links to brand values of the same tenant
    brand_value_ids  uuid[]        not null default '{}',
    position         integer       not null,
    version          bigint        not null
);
create index guiding_principle_tenant_idx on guiding_principle (tenant_id, position);

create table channel (
    id         uuid         primary key,
    tenant_id  uuid         not null references tenant (id),
    name       varchar(100) not null,
    position   integer      not null,
    version    bigint       not null,
    constraint channel_name_uk unique (tenant_id, name)
);

create table persona (
    id                      uuid          primary key,
    tenant_id               uuid          not null references tenant (id),
    name                    varchar(100)  not null,
    description             varchar(2000),
    context                 varchar(2000),
    needs                   varchar(2000),
    conscious_expectations  varchar(2000),
    -- the built-in deep drivers by code (CONTROL, ...) and a tenant's own ones as text
    deep_drivers            varchar(100)[] not null default '{}',
    experience_orientation  varchar(32)   check (experience_orientation in
                                ('HOLISTIC', 'HEDONISTIC', 'ACTION_ORIENTED', 'INNER_DIRECTED', 'FUNCTIONAL')),
    version                 bigint        not null,
    constraint persona_name_uk unique (tenant_id, name)
);

create table discipline (
    id         uuid         primary key,
    tenant_id  uuid         not null references tenant (id),
    name       varchar(100) not null,
    position   integer      not null,
    version    bigint       not null,
    constraint discipline_name_uk unique (tenant_id, name)
);

-- Tenants that exist already get the default disciplines and channels, in their language
-- (new tenants get them from TenantDefaults).
insert into discipline (id, tenant_id, name, position, version)
select gen_random_uuid(), t.id, d.name, d.position, 0
from tenant t
cross join lateral (values
    (1, 'Marketing', 'Marketing'),
    (2, 'HR', 'HR'),
    (3, 'Operations/customer service', 'Operations/klantenservice')) as d0(position, en, nl)
cross join lateral (select d0.position, case when t.locale = 'nl' then d0.nl else d0.en end as name) as d;

insert into channel (id, tenant_id, name, position, version)
select gen_random_uuid(), t.id, c.name, c.position, 0
from tenant t
cross join lateral (values
    (1, 'Web', 'Website'), (2, 'App', 'App'), (3, 'Phone', 'Telefoon'), (4, 'Store', 'Winkel'),
    (5, 'E-mail', 'E-mail'), (6, 'Letter', 'Brief'), (7, 'Field service', 'Buitendienst')) as c0(position, en, nl)
cross join lateral (select c0.position, case when t.locale = 'nl' then c0.nl else c0.en end as name) as c;
