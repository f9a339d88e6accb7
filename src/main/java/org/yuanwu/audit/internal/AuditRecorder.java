package org.yuanwu.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.CurrentActor;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores every {@link RecordChanged} synchronously, inside the publisher's transaction. For
 * updates only the fields that changed are kept, so the trail reads as a list of edits.
 */
@Component
class AuditRecorder {

    private final AuditEntryRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    AuditRecorder(AuditEntryRepository entries, ObjectMapper json, java.util.Optional<Clock> clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    void on(RecordChanged change) {
        Map<String, Object> before = change.before() == null ? Map.of() : change.before();
        Map<String, Object> after = change.after() == null ? Map.of() : change.after();
        if (!before.isEmpty() && !after.isEmpty()) {
            Map<String, Object> changedBefore = new LinkedHashMap<>();
            Map<String, Object> changedAfter = new LinkedHashMap<>();
            for (String key : unionOfKeys(before, after)) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    changedBefore.put(key, before.get(key));
                    changedAfter.put(key, after.get(key));
                }
            }
            before = changedBefore;
            after = changedAfter;
        }
        entries.save(new AuditEntry(Instant.now(clock), CurrentActor.get().username(), change.action(),
                change.recordType(), change.recordId(), truncate(change.summary()),
                before.isEmpty() ? null : json.writeValueAsString(before),
                after.isEmpty() ? null : json.writeValueAsString(after)));
    }

    private static Iterable<String> unionOfKeys(Map<String, Object> a, Map<String, Object> b) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
