package org.yuanwu.common;

import java.util.Set;

/** Permission names, granted through roles and checked on every page and API call. */
public final class Permissions {

    public static final String ORG_READ = "ORG_READ";
    public static final String ORG_WRITE = "ORG_WRITE";
    public static final String STAFF_READ = "STAFF_READ";
    public static final String STAFF_WRITE = "STAFF_WRITE";
    public static final String STAFF_IMPORT = "STAFF_IMPORT";
    public static final String USER_ADMIN = "USER_ADMIN";
    public static final String AUDIT_READ = "AUDIT_READ";

    public static final Set<String> ALL = Set.of(ORG_READ, ORG_WRITE, STAFF_READ, STAFF_WRITE, STAFF_IMPORT,
            USER_ADMIN, AUDIT_READ);

    private Permissions() {
    }
}
