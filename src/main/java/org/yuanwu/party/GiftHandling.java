package org.yuanwu.party;

/** How a refused gift or red envelope was handled: returned (退还), handed in (上交), paid into the patient's account (充入住院费). */
public enum GiftHandling {
    RETURNED, HANDED_IN, CREDITED_TO_BILL
}
