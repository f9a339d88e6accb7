package org.yuanwu.union;

import java.time.LocalDate;

/** An honour as callers see it; staffId is null for an honour won by a unit. */
public record HonourView(Long id, String title, HonourLevel level, String awardingBody, LocalDate awardedOn,
                         Long staffId, String staffName, Long unitId, String unitName, HonourStatus status, String note,
                         boolean hasCertificate, String withdrawnReason, long version) {

    public boolean forPerson() {
        return staffId != null;
    }
}
