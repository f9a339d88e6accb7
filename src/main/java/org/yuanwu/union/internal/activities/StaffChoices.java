package org.yuanwu.union.internal.activities;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;

/** The active staff in the caller's scope, for the pick lists of the union pages (empty without STAFF_READ). */
@Component
public class StaffChoices {

    static final int LIMIT = 2000;

    private final StaffService staff;

    StaffChoices(StaffService staff) {
        this.staff = staff;
    }

    public List<StaffView> active() {
        if (!CurrentActor.get().can(Permissions.STAFF_READ)) {
            return List.of();
        }
        return staff.search(new StaffFilter(null, null, null, StaffStatus.ACTIVE, null, null),
                PageRequest.of(0, LIMIT, Sort.by("unitId", "employeeNo"))).getContent();
    }
}
