package org.yuanwu.safety;

import java.util.List;
import java.util.Map;

/**
 * The monthly safety-hazard review (安全隐患分析会): the month's events (errors and defects, by level and type), its
 * complaints, and the repeats that need accountability.
 */
public record HazardReview(String month, List<EventView> events, List<ComplaintView> complaints,
                           Map<EventLevel, Long> byLevel, Map<EventType, Long> byType, long repeats, long nearMisses) {
}
