package org.yuanwu.party;

/** What a conduct record is about, and the measure each record counts toward. */
public enum ConductKind {
    THANKS_LETTER("party.thanks_letters", true),
    BANNER("party.banners", true),
    GIFT_REFUSED("party.gifts_refused", true),
    MEAL_DECLINED("party.meals_declined", true),
    GOOD_DEED("party.good_deeds", true),
    MEDIA_REPORT("party.media_reports", true),
    COMPLAINT_UPHELD("party.complaints_upheld", false);

    public static final String GIFT_VALUE_MEASURE = "party.gifts_refused_yuan";

    private final String measure;
    private final boolean praise;

    ConductKind(String measure, boolean praise) {
        this.measure = measure;
        this.praise = praise;
    }

    public String measure() {
        return measure;
    }

    /** Praise or a good act; false for an upheld complaint. */
    public boolean praise() {
        return praise;
    }
}
