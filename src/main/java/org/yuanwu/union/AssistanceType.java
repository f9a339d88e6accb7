package org.yuanwu.union;

/** The kinds of assistance the union gives, each with a standard amount the union sets. */
public enum AssistanceType {
    ILLNESS_VISIT, HOSPITALISATION, BEREAVEMENT, WEDDING, CHILDBIRTH, STUDENT_GRANT, HARDSHIP
}
