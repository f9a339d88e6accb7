package org.yuanwu.demo;

import static org.yuanwu.demo.Career.ADMINISTRATOR;
import static org.yuanwu.demo.Career.DOCTOR;
import static org.yuanwu.demo.Career.NURSE;
import static org.yuanwu.demo.Career.PHARMACIST;
import static org.yuanwu.demo.Career.TECHNICIAN;
import static org.yuanwu.demo.Career.PRIMARY_DOCTOR;

import java.util.List;

/**
 * Who works in a kind of unit: the careers of its rank-and-file staff and their shares, and whether
 * interns, residents in training and visiting staff are placed there (clinical hospital units only).
 */
enum StaffMix {
    WARD(true, Odds.of(NURSE, 65), Odds.of(DOCTOR, 30), Odds.of(TECHNICIAN, 3), Odds.of(PHARMACIST, 2)),
    EMERGENCY(true, Odds.of(DOCTOR, 55), Odds.of(NURSE, 45)),
    ANAESTHESIA(true, Odds.of(DOCTOR, 85), Odds.of(NURSE, 15)),
    OPERATING_THEATRE(true, Odds.of(NURSE, 100)),
    LABORATORY(true, Odds.of(TECHNICIAN, 85), Odds.of(DOCTOR, 15)),
    IMAGING(true, Odds.of(TECHNICIAN, 50), Odds.of(DOCTOR, 50)),
    PHARMACY(true, Odds.of(PHARMACIST, 100)),
    ADMINISTRATION(false, Odds.of(ADMINISTRATOR, 100)),
    MEDICAL_OFFICE(false, Odds.of(DOCTOR, 60), Odds.of(ADMINISTRATOR, 40)),
    NURSING_OFFICE(false, Odds.of(NURSE, 100)),
    TOWNSHIP_CENTRE(false, Odds.of(DOCTOR, 45), Odds.of(NURSE, 40), Odds.of(PHARMACIST, 8), Odds.of(TECHNICIAN, 7)),
    VILLAGE_CLINIC(false, Odds.of(PRIMARY_DOCTOR, 60), Odds.of(NURSE, 40)),
    SCHOOL(false, Odds.of(NURSE, 100));

    final boolean hostsTrainees;
    final List<Odds<Career>> careers;

    @SafeVarargs
    StaffMix(boolean hostsTrainees, Odds<Career>... careers) {
        this.hostsTrainees = hostsTrainees;
        this.careers = List.of(careers);
    }
}
