package org.yuanwu.identity;

import static org.yuanwu.common.Permissions.AUDIT_READ;
import static org.yuanwu.common.Permissions.ORG_READ;
import static org.yuanwu.common.Permissions.ORG_WRITE;
import static org.yuanwu.common.Permissions.STAFF_IMPORT;
import static org.yuanwu.common.Permissions.STAFF_READ;
import static org.yuanwu.common.Permissions.STAFF_WRITE;
import static org.yuanwu.common.Permissions.USER_ADMIN;

import java.util.Set;
import org.yuanwu.common.Permissions;

/** Roles a user can hold, each a fixed set of permissions. */
public enum Role {
    SYSTEM_ADMIN(Permissions.ALL),
    LEADERSHIP(Set.of(ORG_READ, STAFF_READ, AUDIT_READ)),
    NURSING_DEPARTMENT(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE, STAFF_IMPORT)),
    HEAD_NURSE(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE)),
    QUALITY_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    INFECTION_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    HEALTH_EDUCATION_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    UNION_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    PARTY_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    LOGISTICS_OFFICER(Set.of(ORG_READ, STAFF_READ)),
    DEPARTMENT_HEAD(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE)),
    CLINIC_DOCTOR(Set.of(ORG_READ, STAFF_READ)),
    STAFF_MEMBER(Set.of(ORG_READ));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
