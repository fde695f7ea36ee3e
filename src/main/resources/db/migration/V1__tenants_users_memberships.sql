-- Tenants (customer organisations) and users are global; a membership ties a user to a tenant with
-- one role and is owned by that tenant (tenant_id, filtered by Hibernate's @TenantId).

create table tenant (
    id          uuid         primary key,
    name        varchar(200) not null,
    slug        varchar(63)  not null,
    locale      varchar(10)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    constraint tenant_slug_uk unique (slug),
    constraint tenant_slug_format check (slug ~ '^[a-z0-9]([a-z0-9-]{1,61}[a-z0-9])$')
);

create table app_user (
    id                    uuid         primary key,
    email                 varchar(320) not null,
    display_name          varchar(200) not null,
    password_hash         varchar(200) not null,
    -- null: follow the browser's language
    preferred_language    varchar(10),
    active                boolean      not null,
    platform_admin        boolean      not null,
    must_change_password  boolean      not null,
    failed_login_attempts integer      not null,
    locked_until          timestamptz,
    created_at            timestamptz  not null,
    version               bigint       not null,
    constraint app_user_email_uk unique (email),
    -- emails are stored lower-case so that uniqueness and login ignore case
    constraint app_user_email_lower check (email = lower(email))
);

create table membership (
    id          uuid        primary key,
    tenant_id   uuid        not null references tenant (id),
    user_id     uuid        not null references app_user (id),
    role        varchar(32) not null,
    active      boolean     not null,
    created_at  timestamptz not null,
    version     bigint      not null,
    constraint membership_tenant_user_uk unique (tenant_id, user_id),
    constraint membership_role_check check (role in ('TENANT_ADMIN', 'CX_MANAGER', 'CONTRIBUTOR', 'EXECUTIVE'))
);

create index membership_user_idx on membership (user_id);
