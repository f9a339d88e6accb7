package org.yuanwu.demo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.demo.DemoPlan.StaffSpec;
import org.yuanwu.demo.DemoPlan.UnitSpec;
import org.yuanwu.demo.DemoPlan.UserSpec;
import org.yuanwu.identity.Passwords;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.UnitView;

/**
 * Creates the demo hospital through the organization and identity services (so every record is
 * validated and audited like a person's edit). The content is deterministic: the same seed and size
 * factor give the same names, codes, titles, levels, dates and ID numbers; only the demo password is random.
 *
 * <p>At size factor 1: one county hospital ({@code H01}) with 15 departments, 40 wards, 9 offices and 600 staff;
 * one township health centre ({@code T01}) with 5 village clinics and a handful of staff each; one school
 * ({@code S01}) with a health room and 1–2 staff; one demo user per role. Size factor N makes the one
 * hospital N times larger: N times the wards of every specialty and N times the staff (600·N), the
 * departments' own staff grown alike; offices, township and school stay as they are.
 *
 * <p>All in one transaction, so a failure leaves nothing behind (and the start-up initializer can try again);
 * the persistence context is flushed and cleared every {@value #STAFF_PER_FLUSH} staff so large factors stay
 * linear. Employee numbers and unit codes are fixed ({@code H0001}, {@code H01-W001}, …), so generate into an
 * empty org tree.
 */
@Component
public class DemoHospitalGenerator {

    static final int STAFF_PER_FLUSH = 500;

    private final OrgUnitService units;
    private final StaffService staff;
    private final UserAccounts users;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    DemoHospitalGenerator(OrgUnitService units, StaffService staff, UserAccounts users,
                          PlatformTransactionManager transactionManager, EntityManager entityManager) {
        this.units = units;
        this.staff = staff;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
    }

    public DemoSummary generate(long seed, int sizeFactor) {
        DemoPlan plan = DemoPlanner.plan(seed, sizeFactor);
        String password = Passwords.random();
        List<DemoSummary.Login> logins = transaction.execute(status -> {
            Map<String, UnitView> unitsByCode = createUnits(plan.units());
            Map<String, Long> linkedStaffIds = createStaff(plan, unitsByCode);
            return createUsers(plan.users(), unitsByCode, linkedStaffIds, password);
        });
        return new DemoSummary(plan.units().size(), (int) plan.wardCount(), plan.staff().size(), logins.size(),
                password, logins);
    }

    private Map<String, UnitView> createUnits(List<UnitSpec> specs) {
        Map<String, UnitView> created = new HashMap<>();
        for (UnitSpec spec : specs) {
            Long parentId = spec.parentCode() == null ? null : created.get(spec.parentCode()).id();
            created.put(spec.code(), units.create(spec.toForm(parentId)));
        }
        return created;
    }

    /** Creates all staff; returns the ids of those the demo users are linked to. */
    private Map<String, Long> createStaff(DemoPlan plan, Map<String, UnitView> unitsByCode) {
        Set<String> linked = new HashSet<>();
        plan.users().stream().map(UserSpec::employeeNo).filter(java.util.Objects::nonNull).forEach(linked::add);
        Map<String, Long> ids = new HashMap<>();
        int created = 0;
        for (StaffSpec spec : plan.staff()) {
            Long id = staff.create(spec.toForm(unitsByCode.get(spec.unitCode()).id())).id();
            if (linked.contains(spec.employeeNo())) {
                ids.put(spec.employeeNo(), id);
            }
            // Every save's duplicate check flushes, and a flush dirty-checks all managed records: keep them few.
            if (++created % STAFF_PER_FLUSH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        return ids;
    }

    /** Creates the demo users that do not exist yet (a username already taken is left alone). */
    private List<DemoSummary.Login> createUsers(List<UserSpec> specs, Map<String, UnitView> unitsByCode,
                                                Map<String, Long> staffIds, String password) {
        List<DemoSummary.Login> logins = new ArrayList<>();
        for (UserSpec spec : specs) {
            if (users.findByUsername(spec.username()).isPresent()) {
                continue;
            }
            UnitView anchor = spec.unitCode() == null ? null : unitsByCode.get(spec.unitCode());
            users.create(UserForm.of(spec.username(), spec.displayName(), staffIds.get(spec.employeeNo()),
                    anchor == null ? null : anchor.id(), spec.dataScope(), EnumSet.of(spec.role())), password);
            logins.add(new DemoSummary.Login(spec.username(), spec.role(), spec.displayName(), spec.dataScope(),
                    anchor == null ? null : anchor.name()));
        }
        return logins;
    }
}
