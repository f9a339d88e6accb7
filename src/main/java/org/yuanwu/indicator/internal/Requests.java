package org.yuanwu.indicator.internal;

import org.yuanwu.common.HospitalTime;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/** What pages and API calls default to: the caller's own unit, the current year (Beijing time). */
@Component
class Requests {

    private final OrgUnitService units;

    Requests(OrgUnitService units) {
        this.units = units;
    }

    Period period(String code) {
        if (code == null || code.isBlank()) {
            return Period.year(LocalDate.now(HospitalTime.ZONE).getYear());
        }
        try {
            return Period.parse(code.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("period", "indicator.error.period", code);
        }
    }

    Long unit(Long requested) {
        if (requested != null) {
            return requested;
        }
        Long anchor = CurrentActor.get().scopeUnitId();
        if (anchor != null) {
            return anchor;
        }
        return units.roots().stream().findFirst().map(UnitView::id)
                .orElseThrow(() -> DomainException.notFound("indicator.error.noUnits"));
    }
}
