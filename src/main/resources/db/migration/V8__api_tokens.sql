-- API tokens of the /api/v1 REST API: created and revoked by tenant admins, owned by their tenant. Only the
-- SHA-256 hash of a token is stored (hex), never the token itself; the prefix is its first characters, for
-- recognising a token in the list. Revoked tokens are kept (revoked_at set) so the list shows their history.

create table api_token (
    id            uuid          primary key,
    tenant_id     uuid          not null references tenant (id),
    name          varchar(100)  not null,
    token_hash    varchar(64)   not null,
    token_prefix  varchar(16)   not null,
    scope         varchar(10)   not null check (scope in ('READ', 'READ_WRITE')),
    -- the admin who created it; null for tokens seeded in demo mode
    created_by    uuid          references app_user (id),
    created_at    timestamptz   not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    version       bigint        not null,
    -- unique across tenants: authentication looks a token up by its hash before any tenant is known
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_tenant_idx on api_token (tenant_id, created_at);
