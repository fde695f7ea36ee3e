-- Issue 14, single sign-on through Keycloak Organizations. A tenant is bound to one Keycloak organisation by its id
-- (set by the platform administrator; an alias can be renamed, the id cannot). Its administrator may require single
-- sign-on (local passwords then refused for its members, platform administrators excepted) and chooses the role
-- of members who arrive by single sign-on without a mapped Keycloak role or group.
alter table tenant
    add column sso_organization_id varchar(100) unique,
    add column sso_required        boolean      not null default false,
    add column new_member_role     varchar(32)  not null default 'CONTRIBUTOR',
    add constraint tenant_new_member_role_check
        check (new_member_role in ('TENANT_ADMIN', 'CX_MANAGER', 'CONTRIBUTOR', 'EXECUTIVE')),
    add constraint tenant_sso_required_needs_binding check (not sso_required or sso_organization_id is not null);

-- The Keycloak user ('sub') an account signs in as; a local account is linked on its first single sign-on when
-- Keycloak vouches for the same e-mail address.
alter table app_user add column sso_subject varchar(255) unique;
