package org.yuanwu.party;

/** A responsibility agreement between the director and a department, or between the hospital and a supplier. */
public enum AgreementKind {
    DEPARTMENT, SUPPLIER
}
