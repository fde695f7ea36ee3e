package app.momentum.tenancy;

import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.base.Validation;
import app.momentum.user.AppUser;
import app.momentum.user.NewAccounts;
import app.momentum.user.UserAccounts;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin manages the members of their own tenant. Every read and write goes through the tenant
 * filter, so a membership id from another tenant behaves exactly like an id that does not exist.
 */
@Service
@PreAuthorize(MemberPermissions.MAY_MANAGE)
public class MemberService {

    /** Audit trail: who changed which membership (the log line carries the acting tenant and user ids). */
    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    private final MembershipRepository memberships;
    private final UserAccounts users;
    private final TenantRepository tenants;
    private final NewAccounts newAccounts;
    private final EntityManager entityManager;

    MemberService(MembershipRepository memberships, UserAccounts users, TenantRepository tenants,
                  NewAccounts newAccounts, EntityManager entityManager) {
        this.newAccounts = newAccounts;
        this.entityManager = entityManager;
        this.memberships = memberships;
        this.users = users;
        this.tenants = tenants;
    }

    /** A member just added; the one-time password is present when a new account was created. */
    public record AddedMember(Membership membership, Optional<String> initialPassword) {
    }

    @Transactional(readOnly = true)
    public List<Membership> listMembers() {
        return memberships.findAllWithUser();
    }

    @Transactional(readOnly = true)
    public Optional<Membership> findMember(UUID membershipId) {
        return memberships.findWithUser(membershipId);
    }

    /**
     * Adds a person to the current tenant. A new person gets an account with a one-time password that the
     * admin hands over; a person who already has an account (in another tenant) keeps their password.
     */
    @Transactional
    public AddedMember addMember(String email, String displayName, Role role, Locale language) {
        Validation.Checks checks = Validation.checks();
        String normalisedEmail = checks.field("email", () -> AppUser.normaliseEmail(Validation.requireEmail(email)));
        String name = checks.field("name", () -> Validation.requireName(displayName));
        checks.require("role", role != null, "members.error.roleRequired");
        checks.throwIfAny();
        Optional<AppUser> existing = users.findByEmail(normalisedEmail);
        if (existing.isPresent()) {
            Optional<Membership> current = memberships.findByUserId(existing.get().getId());
            if (current.isPresent()) {
                throw new UserFacingException(current.get().isActive()
                        ? "members.error.alreadyMember" : "members.error.alreadyMemberInactive");
            }
            Membership added = memberships.save(new Membership(existing.get(), role));
            log.info("Added existing user {} as member {} with role {}", existing.get().getId(), added.getId(), role);
            return new AddedMember(added, Optional.empty());
        }
        NewAccounts.NewAccount account = newAccounts.create(normalisedEmail, name, language);
        Membership added = memberships.save(new Membership(account.user(), role));
        log.info("Added new user {} as member {} with role {}", account.user().getId(), added.getId(), role);
        return new AddedMember(added, Optional.of(account.oneTimePassword()));
    }

    @Transactional
    public Membership changeRole(UUID membershipId, long expectedVersion, Role newRole, UUID actingUserId) {
        Membership member = lockTenantAndLoad(membershipId, expectedVersion);
        if (newRole == null) {
            throw new UserFacingException("members.error.roleRequired");
        }
        if (member.getRole() == newRole) {
            return member;
        }
        refuseSelf(member, actingUserId, "members.error.ownRole");
        if (member.isActiveAdmin()) {
            refuseLastAdmin();
        }
        log.info("Member {} role {} -> {}", member.getId(), member.getRole(), newRole);
        member.setRole(newRole);
        return memberships.saveAndFlush(member);
    }

    @Transactional
    public Membership deactivate(UUID membershipId, long expectedVersion, UUID actingUserId) {
        Membership member = lockTenantAndLoad(membershipId, expectedVersion);
        if (!member.isActive()) {
            return member;
        }
        refuseSelf(member, actingUserId, "members.error.deactivateSelf");
        if (member.isActiveAdmin()) {
            refuseLastAdmin();
        }
        log.info("Member {} deactivated", member.getId());
        member.setActive(false);
        return memberships.saveAndFlush(member);
    }

    @Transactional
    public Membership reactivate(UUID membershipId, long expectedVersion) {
        Membership member = lockTenantAndLoad(membershipId, expectedVersion);
        log.info("Member {} reactivated", member.getId());
        member.setActive(true);
        return memberships.saveAndFlush(member);
    }

    /**
     * Loads a member of the current tenant after locking the tenant row, which serialises all changes to
     * the tenant's members: two admins demoting each other at the same moment cannot both succeed.
     */
    private Membership lockTenantAndLoad(UUID membershipId, long expectedVersion) {
        Membership member = memberships.findById(membershipId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        tenants.lockById(member.getTenantId()).orElseThrow();
        // Read again under the lock: another admin may have committed a change in between.
        entityManager.refresh(member);
        ConcurrentEditException.check(member.getVersion(), expectedVersion);
        return member;
    }

    private void refuseLastAdmin() {
        if (memberships.countByRoleAndActiveTrue(Role.TENANT_ADMIN) <= 1) {
            throw new UserFacingException("members.error.lastAdmin");
        }
    }

    private static void refuseSelf(Membership member, UUID actingUserId, String messageKey) {
        if (member.getUser().getId().equals(actingUserId)) {
            throw new UserFacingException(messageKey);
        }
    }
}
