package org.yuanwu.plan.internal;

import java.util.Objects;
import java.util.Optional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.ScopeGuard;

/**
 * Who may approve or return a submitted plan. Pure: the caller resolves the data scope and the
 * plan unit's parent.
 *
 * <ol>
 * <li>The approver holds {@link Permissions#PLAN_APPROVE}.</li>
 * <li>Their data scope covers the parent of the plan's unit: the parent unit's responsible role
 * approves. A plan of a root unit has no parent, so only an approver who sees everything may.</li>
 * <li>Nobody approves a plan they created or submitted themselves.</li>
 * </ol>
 */
public final class ApprovalRules {

    /** Why an approval is refused, with the message shown to the person. */
    public enum Refusal {
        NO_PERMISSION("plan.error.approveNoPermission"),
        OUTSIDE_PARENT_SCOPE("plan.error.approverScope"),
        OWN_PLAN("plan.error.approveOwn");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private ApprovalRules() {
    }

    /**
     * @param restriction  the approver's data scope resolved against the tree (empty: sees everything)
     * @param parentUnitId the plan unit's parent, or null for a root unit
     * @param parentPath   the parent's materialized path, or null for a root unit
     */
    public static Optional<Refusal> check(Actor approver, Optional<ScopeGuard.Restriction> restriction,
                                          Long parentUnitId, String parentPath, Long createdById, Long submittedById) {
        if (!approver.can(Permissions.PLAN_APPROVE)) {
            return Optional.of(Refusal.NO_PERMISSION);
        }
        boolean coversParent = restriction.isEmpty()
                || (parentUnitId != null && restriction.get().permits(parentUnitId, parentPath));
        if (!coversParent) {
            return Optional.of(Refusal.OUTSIDE_PARENT_SCOPE);
        }
        Long me = approver.userId();
        if (me != null && (Objects.equals(me, createdById) || Objects.equals(me, submittedById))) {
            return Optional.of(Refusal.OWN_PLAN);
        }
        return Optional.empty();
    }
}
