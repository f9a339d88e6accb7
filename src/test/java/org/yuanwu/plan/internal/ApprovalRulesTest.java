package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.ScopeGuard;

/** Tree: hospital 1 → department 4 → wards 17 and 18; a second department 5. */
class ApprovalRulesTest {

    private static final String HOSPITAL = "/1/";
    private static final String DEPARTMENT = "/1/4/";
    private static final String OTHER_DEPARTMENT = "/1/5/";

    private record Person(Long userId, DataScope dataScope, Long scopeUnitId, Set<String> permissions) implements Actor {
        @Override public String username() { return "u" + userId; }
    }

    private static Actor approver(long userId, DataScope scope, Long unitId) {
        return new Person(userId, scope, unitId, Set.of(Permissions.PLAN_READ, Permissions.PLAN_WRITE, Permissions.PLAN_APPROVE));
    }

    private static Optional<ScopeGuard.Restriction> scope(DataScope scope, Long unitId, String path) {
        return scope == DataScope.ALL ? Optional.empty() : Optional.of(new ScopeGuard.Restriction(scope, unitId, path));
    }

    @Test
    void theDepartmentHeadApprovesTheWardPlan() {
        Actor head = approver(7, DataScope.SUBTREE, 4L);
        assertThat(ApprovalRules.check(head, scope(DataScope.SUBTREE, 4L, DEPARTMENT), 4L, DEPARTMENT, 3L, 3L)).isEmpty();
    }

    @Test
    void anApproverAnchoredAtTheParentUnitAloneStillApprovesItsChildrensPlans() {
        Actor head = approver(7, DataScope.OWN_UNIT, 4L);
        assertThat(ApprovalRules.check(head, scope(DataScope.OWN_UNIT, 4L, DEPARTMENT), 4L, DEPARTMENT, 3L, 3L)).isEmpty();
    }

    @Test
    void nobodyApprovesAPlanTheyDraftedOrSubmitted() {
        Actor head = approver(7, DataScope.SUBTREE, 4L);
        assertThat(ApprovalRules.check(head, scope(DataScope.SUBTREE, 4L, DEPARTMENT), 4L, DEPARTMENT, 7L, 3L))
                .contains(ApprovalRules.Refusal.OWN_PLAN);
        assertThat(ApprovalRules.check(head, scope(DataScope.SUBTREE, 4L, DEPARTMENT), 4L, DEPARTMENT, 3L, 7L))
                .contains(ApprovalRules.Refusal.OWN_PLAN);
        Actor director = approver(9, DataScope.ALL, null);
        assertThat(ApprovalRules.check(director, Optional.empty(), 1L, HOSPITAL, 9L, 9L)).contains(ApprovalRules.Refusal.OWN_PLAN);
    }

    @Test
    void theHeadOfAnotherDepartmentMayNotApprove() {
        Actor other = approver(8, DataScope.SUBTREE, 5L);
        assertThat(ApprovalRules.check(other, scope(DataScope.SUBTREE, 5L, OTHER_DEPARTMENT), 4L, DEPARTMENT, 3L, 3L))
                .contains(ApprovalRules.Refusal.OUTSIDE_PARENT_SCOPE);
    }

    @Test
    void aDepartmentHeadMayNotApproveHerOwnDepartmentsPlanWhichBelongsToTheHospital() {
        Actor head = approver(7, DataScope.SUBTREE, 4L);
        // The department's plan has the hospital as parent, outside her subtree.
        assertThat(ApprovalRules.check(head, scope(DataScope.SUBTREE, 4L, DEPARTMENT), 1L, HOSPITAL, 3L, 3L))
                .contains(ApprovalRules.Refusal.OUTSIDE_PARENT_SCOPE);
    }

    @Test
    void aRootUnitsPlanNeedsAnApproverWhoSeesEverything() {
        Actor hospitalHead = approver(7, DataScope.SUBTREE, 1L);
        assertThat(ApprovalRules.check(hospitalHead, scope(DataScope.SUBTREE, 1L, HOSPITAL), null, null, 3L, 3L))
                .contains(ApprovalRules.Refusal.OUTSIDE_PARENT_SCOPE);
        Actor director = approver(9, DataScope.ALL, null);
        assertThat(ApprovalRules.check(director, Optional.empty(), null, null, 3L, 3L)).isEmpty();
    }

    @Test
    void withoutThePermissionNobodyApprovesWhateverTheirScope() {
        Actor headNurse = new Person(3L, DataScope.ALL, null, Set.of(Permissions.PLAN_READ, Permissions.PLAN_WRITE));
        assertThat(ApprovalRules.check(headNurse, Optional.empty(), 4L, DEPARTMENT, 1L, 1L))
                .contains(ApprovalRules.Refusal.NO_PERMISSION);
    }
}
