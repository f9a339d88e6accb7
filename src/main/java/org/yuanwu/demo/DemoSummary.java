package org.yuanwu.demo;

import java.util.List;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;

/**
 * What {@link DemoHospitalGenerator#generate} created: counts, the demo sign-ins and their shared password
 * (to be shown once; {@link #toString()} leaves it out so a stray log line does not leak it).
 */
public record DemoSummary(int units, int wards, int staff, int users, String password, List<Login> logins) {

    /** One demo sign-in: who it is and what it may see ({@code scopeUnitName} is null for {@link DataScope#ALL}). */
    public record Login(String username, Role role, String displayName, DataScope dataScope, String scopeUnitName) {
    }

    public DemoSummary {
        logins = List.copyOf(logins);
    }

    @Override
    public String toString() {
        return "DemoSummary[units=" + units + ", wards=" + wards + ", staff=" + staff + ", users=" + users + "]";
    }
}
