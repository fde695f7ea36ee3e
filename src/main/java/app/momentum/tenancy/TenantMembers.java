package app.momentum.tenancy;

import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.MembershipRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's active members, to pick an owner from. Readable by every member. */
@Service
@Transactional(readOnly = true)
public class TenantMembers {

    private final MembershipRepository memberships;

    TenantMembers(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** A member as a choice in a list: who, by name. */
    public record MemberChoice(UUID userId, String displayName) {
    }

    /** A person's membership of the current tenant: their role there and whether it is active. */
    public record MemberStanding(UUID userId, String displayName, Role role, boolean active) {
    }

    /**
     * Whom to ask about something that has no owner: the active CX managers, or the tenant admins when there is
     * no CX manager. Sorted by name.
     */
    public List<MemberChoice> whomToAsk() {
        List<Membership> active = memberships.findAllWithUser().stream().filter(Membership::isActive).toList();
        List<Membership> managers = active.stream().filter(m -> MemberPermissions.isAskedFirst(m.getRole())).toList();
        return (managers.isEmpty() ? active.stream().filter(m -> MemberPermissions.isAskedInstead(m.getRole())).toList() : managers)
                .stream().map(m -> new MemberChoice(m.getUser().getId(), m.getUser().getDisplayName())).toList();
    }

    /** Whether the user is an active member of the current tenant (e.g. to own a journey or a moment). */
    public boolean isActiveMember(UUID userId) {
        return memberships.findByUserId(userId).filter(Membership::isActive).isPresent();
    }

    /** Whether the user is a member of the current tenant at all, active or not. */
    public boolean isMember(UUID userId) {
        return memberships.findByUserId(userId).isPresent();
    }

    public List<MemberChoice> active() {
        return active(role -> true);
    }

    /** The active members whose role passes {@code roleAllowed}, e.g. only those who may own an action. */
    public List<MemberChoice> active(Predicate<Role> roleAllowed) {
        return memberships.findAllWithUser().stream().filter(Membership::isActive).filter(m -> roleAllowed.test(m.getRole()))
                .map(m -> new MemberChoice(m.getUser().getId(), m.getUser().getDisplayName())).toList();
    }

    /** The user's membership of the current tenant, active or not; empty when they are not a member. */
    public Optional<MemberStanding> standingOf(UUID userId) {
        return memberships.findByUserId(userId).map(m -> new MemberStanding(m.getUser().getId(),
                m.getUser().getDisplayName(), m.getRole(), m.isActive()));
    }
}
