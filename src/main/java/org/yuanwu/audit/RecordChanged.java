package org.yuanwu.audit;

import java.util.Map;

/**
 * Published by any module when it creates, changes or deactivates a record; the audit module
 * stores it in the same transaction, so a change and its audit entry commit or roll back together.
 *
 * @param recordType a stable name such as "org_unit" or "staff"
 * @param before     field values before the change (empty for a create)
 * @param after      field values after the change
 */
public record RecordChanged(String recordType, String recordId, AuditAction action, String summary,
                            Map<String, Object> before, Map<String, Object> after) {

    public static RecordChanged created(String type, Object id, String summary, Map<String, Object> after) {
        return new RecordChanged(type, String.valueOf(id), AuditAction.CREATE, summary, Map.of(), after);
    }

    public static RecordChanged updated(String type, Object id, String summary, Map<String, Object> before,
                                        Map<String, Object> after) {
        return new RecordChanged(type, String.valueOf(id), AuditAction.UPDATE, summary, before, after);
    }

    public static RecordChanged of(AuditAction action, String type, Object id, String summary,
                                   Map<String, Object> before, Map<String, Object> after) {
        return new RecordChanged(type, String.valueOf(id), action, summary, before, after);
    }
}
