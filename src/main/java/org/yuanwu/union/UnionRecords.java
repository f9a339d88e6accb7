package org.yuanwu.union;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers shared by this part's services: audit snapshots that tolerate nulls. */
final class UnionRecords {

    private UnionRecords() {
    }

    /** A snapshot from alternating names and values; nulls kept (Map.of refuses them). */
    static Map<String, Object> snapshot(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            m.put((String) namesAndValues[i], v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString());
        }
        return m;
    }
}
