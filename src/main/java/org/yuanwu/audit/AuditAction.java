package org.yuanwu.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, MOVE, DEACTIVATE, REACTIVATE, IMPORT, LOGIN_LOCKED, PASSWORD_CHANGE, PASSWORD_RESET, TOKEN_CREATE, TOKEN_REVOKE
}
