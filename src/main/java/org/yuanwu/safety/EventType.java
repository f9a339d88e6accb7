package org.yuanwu.safety;

/** The kind of event, after the common nursing adverse-event report categories. */
public enum EventType {
    MEDICATION, FALL, PRESSURE_INJURY, TUBE_DISLODGEMENT, TRANSFUSION, SURGERY, INFECTION, DEVICE, IDENTIFICATION, OTHER
}
