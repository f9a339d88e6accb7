package org.yuanwu.organization;

/** Kinds of org unit. Wards carry beds; clinics and schools carry a served population. */
public enum OrgUnitKind {
    INSTITUTION, DEPARTMENT, WARD, OFFICE, TOWNSHIP_CENTRE, VILLAGE_CLINIC, SCHOOL, HEALTH_ROOM;

    public boolean hasBeds() {
        return this == WARD;
    }

    public boolean servesPopulation() {
        return this == TOWNSHIP_CENTRE || this == VILLAGE_CLINIC || this == SCHOOL || this == HEALTH_ROOM;
    }
}
