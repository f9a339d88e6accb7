package org.yuanwu.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitForm;
import org.yuanwu.organization.UnitView;

/** Builds the data a test needs through the real services, with codes unique across the shared database. */
public class TestFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

    private final OrgUnitService units;
    private final StaffService staff;
    private final UserAccounts users;
    private final ApiTokens tokens;

    public TestFixtures(OrgUnitService units, StaffService staff, UserAccounts users, ApiTokens tokens) {
        this.units = units;
        this.staff = staff;
        this.users = users;
        this.tokens = tokens;
    }

    public static String unique(String prefix) {
        return prefix + RUN + "-" + SEQ.incrementAndGet();
    }

    public UnitView unit(String name, OrgUnitKind kind, Long parentId) {
        UnitForm f = new UnitForm();
        f.setCode(unique("U"));
        f.setName(name);
        f.setKind(kind);
        f.setParentId(parentId);
        if (kind == OrgUnitKind.WARD) {
            f.setBedCount(30);
        }
        return units.create(f);
    }

    /** A hospital with one department and two wards: the usual shape of a scope test. */
    public record Hospital(UnitView hospital, UnitView department, UnitView wardA, UnitView wardB) {
    }

    public Hospital hospital() {
        UnitView h = unit("测试医院", OrgUnitKind.INSTITUTION, null);
        UnitView d = unit("内科", OrgUnitKind.DEPARTMENT, h.id());
        return new Hospital(h, d, unit("心内科病区", OrgUnitKind.WARD, d.id()), unit("呼吸科病区", OrgUnitKind.WARD, d.id()));
    }

    public StaffForm staffForm(Long unitId) {
        int n = SEQ.incrementAndGet();
        StaffForm f = new StaffForm();
        f.setEmployeeNo(unique("E"));
        f.setName("张" + "伟芳丽娜静敏".charAt(n % 6));
        LocalDate birth = LocalDate.of(1985, 1 + n % 12, 1 + n % 28);
        f.setIdNumber(ResidentIdNumber.compose("430521", birth, 100 + 2 * (n % 400)));
        f.setGender(Gender.FEMALE);
        f.setPhone("139" + String.format("%08d", n));
        f.setUnitId(unitId);
        f.setTitle(ProfessionalTitle.NURSE_PRACTITIONER);
        f.setEmploymentType(EmploymentType.CONTRACT);
        f.setStatus(StaffStatus.ACTIVE);
        f.setHireDate(LocalDate.of(2010, 7, 1));
        return f;
    }

    public StaffView staff(Long unitId) {
        return staff.create(staffForm(unitId));
    }

    /** The full record as an editor sees it (ID number unmasked), to build an edit form from. */
    public StaffView staffFormView(Long id) {
        return staff.get(id);
    }

    /** Creates a user with the roles and scope, and returns an API token that signs in as them. */
    public String tokenFor(Set<Role> roles, DataScope scope, Long scopeUnitId) {
        CreatedUser user = users.create(UserForm.of(unique("u").toLowerCase(), "测试用户", null, scopeUnitId, scope,
                EnumSet.copyOf(roles)), "Passw0rd-Test");
        return runAs(user.user().id(), user.user().username(), () -> tokens.issue("test", 1).secret());
    }

    /** Creates a user with the roles and scope and returns the username; the password is {@link #PASSWORD}. */
    public String userFor(Set<Role> roles, DataScope scope, Long scopeUnitId) {
        return users.create(UserForm.of(unique("u").toLowerCase(), "测试用户", null, scopeUnitId, scope, EnumSet.copyOf(roles)),
                PASSWORD).user().username();
    }

    public static final String PASSWORD = "Passw0rd-Test";

    public String adminToken() {
        return tokenFor(Set.of(Role.SYSTEM_ADMIN), DataScope.ALL, null);
    }

    private static <T> T runAs(Long userId, String username, java.util.function.Supplier<T> work) {
        Actor actor = new Actor() {
            @Override public Long userId() { return userId; }
            @Override public String username() { return username; }
            @Override public DataScope dataScope() { return DataScope.ALL; }
            @Override public Long scopeUnitId() { return null; }
            @Override public Set<String> permissions() { return Set.of(); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(actor, null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
