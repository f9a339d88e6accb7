package org.yuanwu.demo;

import static org.yuanwu.demo.HospitalLayout.DEPARTMENTS;
import static org.yuanwu.demo.HospitalLayout.OFFICES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yuanwu.common.DataScope;
import org.yuanwu.demo.DemoPlan.StaffSpec;
import org.yuanwu.demo.DemoPlan.UnitSpec;
import org.yuanwu.demo.DemoPlan.UserSpec;
import org.yuanwu.demo.HospitalLayout.Department;
import org.yuanwu.demo.HospitalLayout.Office;
import org.yuanwu.demo.HospitalLayout.Post;
import org.yuanwu.demo.HospitalLayout.WardLine;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffStatus;

/**
 * Turns a seed and a size factor into a {@link DemoPlan}. Pure: one {@link Random} drives every choice,
 * in a fixed order, so the same seed and factor always give the same plan.
 */
final class DemoPlanner {

    private static final String HOSPITAL = "H01";
    private static final String TOWNSHIP = "T01";
    private static final String SCHOOL = "S01";

    private final Random random;
    private final StaffFactory people;
    private final List<UnitSpec> units = new ArrayList<>();
    private final List<StaffSpec> staff = new ArrayList<>();
    /** Leaders by unit code, in the order of the unit's posts. */
    private final Map<String, List<StaffSpec>> leaders = new HashMap<>();
    private final Map<String, Integer> lastEmployeeNo = new HashMap<>();
    private final Map<Role, StaffSpec> officeHeads = new HashMap<>();

    private DemoPlanner(long seed) {
        this.random = new Random(seed);
        this.people = new StaffFactory(random);
    }

    static DemoPlan plan(long seed, int sizeFactor) {
        if (sizeFactor < 1) {
            throw new IllegalArgumentException("size factor must be at least 1, was " + sizeFactor);
        }
        return new DemoPlanner(seed).build(sizeFactor);
    }

    private DemoPlan build(int sizeFactor) {
        hospital(sizeFactor);
        township();
        school();
        return new DemoPlan(List.copyOf(units), List.copyOf(staff), users());
    }

    private void hospital(int sizeFactor) {
        add(new UnitSpec(HOSPITAL, HospitalLayout.HOSPITAL_NAME, OrgUnitKind.INSTITUTION, null, null, null, null));
        List<String> departmentCodes = new ArrayList<>();
        List<UnitSpec> wards = new ArrayList<>();
        for (Department d : DEPARTMENTS) {
            String code = String.format("%s-D%02d", HOSPITAL, departmentCodes.size() + 1);
            departmentCodes.add(code);
            add(new UnitSpec(code, d.name(), OrgUnitKind.DEPARTMENT, HOSPITAL, null, null, null));
            for (WardLine line : d.wards()) {
                int count = line.count() * sizeFactor;
                for (int i = 1; i <= count; i++) {
                    UnitSpec ward = new UnitSpec(String.format("%s-W%03d", HOSPITAL, wards.size() + 1),
                            wardName(line.specialty(), i, count), OrgUnitKind.WARD, code,
                            line.minBeds() + random.nextInt(line.maxBeds() - line.minBeds() + 1), null, line.hygiene());
                    wards.add(ward);
                    add(ward);
                }
            }
        }
        List<String> officeCodes = new ArrayList<>();
        for (Office o : OFFICES) {
            String code = String.format("%s-O%02d", HOSPITAL, officeCodes.size() + 1);
            officeCodes.add(code);
            add(new UnitSpec(code, o.name(), OrgUnitKind.OFFICE, HOSPITAL, null, null, null));
        }

        // The hospital's leadership first (院长 gets the first employee number), then departments, then wards.
        int budget = HospitalLayout.HOSPITAL_STAFF * sizeFactor;
        for (int i = 0; i < OFFICES.size(); i++) {
            Office o = OFFICES.get(i);
            budget -= staffUnit("H", officeCodes.get(i), List.of(o.head()), o.staff(), o.mix());
            if (o.role() != null) {
                officeHeads.put(o.role(), leaders.get(officeCodes.get(i)).get(0));
            }
        }
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            Department d = DEPARTMENTS.get(i);
            int headcount = d.leaders().size() + (d.ownStaff() - d.leaders().size()) * sizeFactor;
            budget -= staffUnit("H", departmentCodes.get(i), d.leaders(), headcount, d.mix());
        }
        int[] perWard = apportion(budget, wards.stream().mapToInt(UnitSpec::bedCount).toArray());
        for (int i = 0; i < wards.size(); i++) {
            staffUnit("H", wards.get(i).code(), List.of(HospitalLayout.WARD_HEAD_NURSE), perWard[i], StaffMix.WARD);
        }
    }

    private void township() {
        add(new UnitSpec(TOWNSHIP, HospitalLayout.TOWNSHIP_NAME, OrgUnitKind.TOWNSHIP_CENTRE, null, null,
                28_000 + random.nextInt(4_001), null));
        staffUnit("T", TOWNSHIP, List.of(HospitalLayout.TOWNSHIP_HEAD), 8 + random.nextInt(5), StaffMix.TOWNSHIP_CENTRE);
        for (int i = 0; i < HospitalLayout.VILLAGES.size(); i++) {
            String code = String.format("%s-V%02d", TOWNSHIP, i + 1);
            add(new UnitSpec(code, HospitalLayout.VILLAGE_PREFIX + HospitalLayout.VILLAGES.get(i) + "卫生室",
                    OrgUnitKind.VILLAGE_CLINIC, TOWNSHIP, null, 1_000 + random.nextInt(2_001), null));
            staffUnit("T", code, List.of(HospitalLayout.VILLAGE_DOCTOR), 2 + random.nextInt(2), StaffMix.VILLAGE_CLINIC);
        }
    }

    private void school() {
        int students = 1_150 + random.nextInt(101);
        add(new UnitSpec(SCHOOL, HospitalLayout.SCHOOL_NAME, OrgUnitKind.SCHOOL, null, null, students, null));
        String room = SCHOOL + "-HR";
        add(new UnitSpec(room, HospitalLayout.HEALTH_ROOM_NAME, OrgUnitKind.HEALTH_ROOM, SCHOOL, null, students, null));
        staffUnit("S", room, List.of(HospitalLayout.SCHOOL_DOCTOR), 1 + random.nextInt(2), StaffMix.SCHOOL);
    }

    /** One demo user per role, each anchored where that role works and linked to the person who holds it. */
    private List<UserSpec> users() {
        UnitSpec firstDepartment = first(OrgUnitKind.DEPARTMENT);
        UnitSpec firstWard = first(OrgUnitKind.WARD);
        UnitSpec firstClinic = first(OrgUnitKind.VILLAGE_CLINIC);
        List<UserSpec> users = new ArrayList<>();
        for (Role role : Role.values()) {
            users.add(switch (role) {
                case SYSTEM_ADMIN -> new UserSpec("sysadmin", "系统管理员", role, DataScope.ALL, null, null);
                case HEAD_NURSE -> user("headnurse", role, DataScope.OWN_UNIT, firstWard, leaders.get(firstWard.code()).get(0));
                case DEPARTMENT_HEAD -> user("depthead", role, DataScope.SUBTREE, firstDepartment,
                        leaders.get(firstDepartment.code()).get(0));
                case CLINIC_DOCTOR -> user("clinicdoc", role, DataScope.OWN_UNIT, firstClinic,
                        leaders.get(firstClinic.code()).get(0));
                case STAFF_MEMBER -> user("staff1", role, DataScope.OWN_UNIT, firstWard, ordinaryNurse(firstWard.code()));
                default -> {
                    Office office = OFFICES.stream().filter(o -> o.role() == role).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no demo office stands for role " + role));
                    yield user(office.username(), role, DataScope.ALL, null, officeHeads.get(role));
                }
            });
        }
        return List.copyOf(users);
    }

    private static UserSpec user(String username, Role role, DataScope scope, UnitSpec anchor, StaffSpec person) {
        return new UserSpec(username, person.name(), role, scope, anchor == null ? null : anchor.code(), person.employeeNo());
    }

    /** An active nurse of the unit who is not its head nurse (the head nurse if there is no one else). */
    private StaffSpec ordinaryNurse(String unitCode) {
        StaffSpec head = leaders.get(unitCode).get(0);
        return staff.stream()
                .filter(s -> s.unitCode().equals(unitCode) && s != head && s.status() == StaffStatus.ACTIVE)
                .filter(s -> s.title() != null && s.title().isNursing())
                .findFirst().orElse(head);
    }

    /** Staffs a unit with its leaders and rank-and-file up to {@code headcount}; returns the headcount. */
    private int staffUnit(String prefix, String unitCode, List<Post> posts, int headcount, StaffMix mix) {
        List<StaffSpec> unitLeaders = new ArrayList<>();
        for (Post post : posts) {
            StaffSpec leader = people.leader(nextEmployeeNo(prefix), unitCode, post);
            unitLeaders.add(leader);
            staff.add(leader);
        }
        leaders.put(unitCode, unitLeaders);
        for (int i = posts.size(); i < headcount; i++) {
            staff.add(people.member(nextEmployeeNo(prefix), unitCode, Odds.pick(random, mix.careers), mix.hostsTrainees));
        }
        return Math.max(headcount, posts.size());
    }

    private String nextEmployeeNo(String prefix) {
        return String.format("%s%04d", prefix, lastEmployeeNo.merge(prefix, 1, Integer::sum));
    }

    private void add(UnitSpec unit) {
        units.add(unit);
    }

    private UnitSpec first(OrgUnitKind kind) {
        return units.stream().filter(u -> u.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * Splits {@code total} into parts proportional to {@code weights}, each at least 1, by largest remainder
     * (so the parts always add up to the total).
     */
    static int[] apportion(int total, int[] weights) {
        if (total < weights.length) {
            throw new IllegalArgumentException("cannot give each of " + weights.length + " parts one of " + total);
        }
        int spare = total - weights.length;
        long weightSum = java.util.Arrays.stream(weights).asLongStream().sum();
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) spare * weights[i] / weightSum;
            parts[i] = 1 + (int) exact;
            remainders[i] = exact - (int) exact;
            given += (int) exact;
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            byRemainder.add(i);
        }
        // Ties go to the earlier part, so the split does not depend on sort stability.
        byRemainder.sort((a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : a - b);
        for (int k = 0; k < spare - given; k++) {
            parts[byRemainder.get(k)]++;
        }
        return parts;
    }

    /** "心内科一病区", "心内科二病区" when a specialty has several wards; "肾内科病区" when it has one. */
    static String wardName(String specialty, int index, int count) {
        return specialty + (count == 1 ? "" : chineseNumber(index)) + "病区";
    }

    /** 1–99 in Chinese numerals; larger numbers (only at big size factors) in digits. */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }
}
