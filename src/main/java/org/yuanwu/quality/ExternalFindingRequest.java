package org.yuanwu.quality;

import java.time.LocalDate;

/**
 * A finding another module opens in the rectification loop (an adverse event's corrective action, a failed
 * infection sample...). The calling module checks its own permission; the verifier unit is the office that
 * opens it and later accepts or rejects the unit's answer.
 *
 * @param sourceType        stable name of the source record type, e.g. "safety.event"
 * @param sourceId          the source record's id
 * @param unitId            the unit that must rectify
 * @param itemKey           what failed, stable across sources of one type (recurrence: same type + key + unit)
 * @param description       what must be corrected (shown as the finding's title)
 * @param responsibleStaffId optional person of the unit responsible for it
 * @param deadline          required; not before the day it is opened
 * @param correctiveAction  optional action asked for (the unit may refine it when answering)
 * @param verifierUnitId    the office (unit) that verifies the answer
 */
public record ExternalFindingRequest(String sourceType, String sourceId, Long unitId, String itemKey,
                                     String description, Long responsibleStaffId, LocalDate deadline,
                                     String correctiveAction, Long verifierUnitId) {
}
