package org.yuanwu.demo;

import static org.yuanwu.demo.Career.ADMINISTRATOR;
import static org.yuanwu.demo.Career.DOCTOR;
import static org.yuanwu.demo.Career.NURSE;
import static org.yuanwu.demo.Career.PHARMACIST;
import static org.yuanwu.demo.Career.TECHNICIAN;
import static org.yuanwu.organization.HygieneClass.II;
import static org.yuanwu.organization.HygieneClass.III;
import static org.yuanwu.organization.HygieneClass.IV;

import java.util.List;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.HygieneClass;

/** The shape of the demo county hospital, township and school: the data the planner works from. */
final class HospitalLayout {

    /** A post filled by a senior member of a unit (科主任, 护士长, …). */
    record Post(String position, Career career) {
    }

    /** {@code count} wards of one specialty (at size factor 1), all alike in hygiene class and bed range. */
    record WardLine(String specialty, int count, HygieneClass hygiene, int minBeds, int maxBeds) {
    }

    /**
     * A department: its leaders, the staff working at department level (leaders included; medical-technical
     * departments have all their people here) and its wards.
     */
    record Department(String name, List<Post> leaders, int ownStaff, StaffMix mix, List<WardLine> wards) {
    }

    /** A functional office; the head of an office that a demo role stands for signs in as that role's user. */
    record Office(String name, Post head, int staff, StaffMix mix, Role role, String username) {
    }

    static final String HOSPITAL_NAME = "演示县人民医院";
    static final String TOWNSHIP_NAME = "演示县青山镇中心卫生院";
    static final String VILLAGE_PREFIX = "青山镇";
    static final String SCHOOL_NAME = "演示县第一中学";
    static final String HEALTH_ROOM_NAME = "演示县第一中学卫生室";

    /** Hospital staff at size factor 1; scaled by the factor. */
    static final int HOSPITAL_STAFF = 600;

    /** Birth-place area codes (a county and its neighbours) and how often staff come from each. */
    static final List<Odds<String>> BIRTH_AREAS = List.of(Odds.of("430521", 70), Odds.of("430522", 10),
            Odds.of("430523", 8), Odds.of("430502", 5), Odds.of("430524", 4), Odds.of("430102", 3));

    static final Post WARD_HEAD_NURSE = new Post("护士长", NURSE);
    private static final Post CHIEF = new Post("科主任", DOCTOR);
    private static final Post CHIEF_NURSE = new Post("科护士长", NURSE);
    private static final List<Post> CLINICAL_LEADERS = List.of(CHIEF, CHIEF_NURSE);

    static final List<Department> DEPARTMENTS = List.of(
            new Department("内科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("心内科", 2, III, 40, 60), new WardLine("呼吸内科", 2, III, 40, 55),
                    new WardLine("消化内科", 2, III, 40, 55), new WardLine("神经内科", 2, III, 40, 55),
                    new WardLine("肾内科", 1, III, 30, 45), new WardLine("内分泌科", 1, III, 30, 45),
                    new WardLine("血液内科", 1, III, 25, 40), new WardLine("老年病科", 1, III, 30, 50),
                    new WardLine("肿瘤科", 1, III, 35, 50))),
            new Department("外科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("普外科", 2, III, 40, 60), new WardLine("骨科", 2, III, 40, 60),
                    new WardLine("神经外科", 1, III, 30, 45), new WardLine("泌尿外科", 1, III, 30, 45),
                    new WardLine("胸心外科", 1, III, 25, 40), new WardLine("肝胆外科", 1, III, 30, 45),
                    new WardLine("乳甲外科", 1, III, 25, 40), new WardLine("烧伤整形科", 1, II, 20, 30))),
            new Department("妇产科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("产科", 2, III, 35, 50), new WardLine("妇科", 1, III, 30, 45))),
            new Department("儿科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("儿科", 2, III, 35, 50), new WardLine("新生儿科", 1, II, 20, 35))),
            new Department("急诊科", CLINICAL_LEADERS, 14, StaffMix.EMERGENCY, List.of(
                    new WardLine("急诊留观", 1, III, 20, 30))),
            new Department("重症医学科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("重症医学科", 2, II, 20, 30))),
            new Department("麻醉科", List.of(CHIEF), 14, StaffMix.ANAESTHESIA, List.of()),
            new Department("手术室", List.of(new Post("护士长", NURSE)), 20, StaffMix.OPERATING_THEATRE, List.of()),
            new Department("感染性疾病科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("感染科", 2, IV, 20, 40))),
            new Department("康复医学科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("康复科", 2, III, 30, 50))),
            new Department("中医科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("中医科", 2, III, 35, 50))),
            new Department("五官科", CLINICAL_LEADERS, 2, StaffMix.WARD, List.of(
                    new WardLine("眼科", 1, III, 20, 35), new WardLine("耳鼻喉科", 1, III, 20, 35))),
            new Department("检验科", List.of(new Post("科主任", TECHNICIAN)), 14, StaffMix.LABORATORY, List.of()),
            new Department("影像科", List.of(CHIEF), 16, StaffMix.IMAGING, List.of()),
            new Department("药剂科", List.of(new Post("科主任", PHARMACIST)), 14, StaffMix.PHARMACY, List.of()));

    static final List<Office> OFFICES = List.of(
            new Office("院办公室", new Post("院长", DOCTOR), 4, StaffMix.MEDICAL_OFFICE, Role.LEADERSHIP, "leader"),
            new Office("医务科", new Post("医务科科长", DOCTOR), 3, StaffMix.MEDICAL_OFFICE, null, null),
            new Office("护理部", new Post("护理部主任", NURSE), 4, StaffMix.NURSING_OFFICE, Role.NURSING_DEPARTMENT, "nursing"),
            new Office("质控科", new Post("质控科科长", DOCTOR), 3, StaffMix.MEDICAL_OFFICE, Role.QUALITY_OFFICER, "quality"),
            new Office("院感科", new Post("院感科科长", NURSE), 3, StaffMix.NURSING_OFFICE, Role.INFECTION_OFFICER, "infection"),
            new Office("健康教育科", new Post("健康教育科科长", NURSE), 2, StaffMix.NURSING_OFFICE,
                    Role.HEALTH_EDUCATION_OFFICER, "healthedu"),
            new Office("党委办公室", new Post("党办主任", ADMINISTRATOR), 2, StaffMix.ADMINISTRATION, Role.PARTY_OFFICER, "party"),
            new Office("工会", new Post("工会主席", ADMINISTRATOR), 2, StaffMix.ADMINISTRATION, Role.UNION_OFFICER, "union"),
            new Office("预防保健科", new Post("预防保健科科长", DOCTOR), 2, StaffMix.MEDICAL_OFFICE, Role.OCCUPATIONAL_HEALTH,
                    "occhealth"),
            new Office("后勤保障科", new Post("后勤保障科科长", ADMINISTRATOR), 5, StaffMix.ADMINISTRATION,
                    Role.LOGISTICS_OFFICER, "logistics"));

    static final Post TOWNSHIP_HEAD = new Post("院长", DOCTOR);
    static final Post VILLAGE_DOCTOR = new Post("乡村医生", Career.PRIMARY_DOCTOR);
    static final Post SCHOOL_DOCTOR = new Post("校医", Career.PRIMARY_DOCTOR);
    static final List<String> VILLAGES = List.of("石门村", "桃源村", "枫林村", "白沙村", "柳塘村");

    private HospitalLayout() {
    }
}
