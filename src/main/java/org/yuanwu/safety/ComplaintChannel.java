package org.yuanwu.safety;

/** How it reached the hospital: the weekly opened suggestion box, a ward comment book, phone, web, in person, letter. */
public enum ComplaintChannel {
    SUGGESTION_BOX, COMMENT_BOOK, PHONE, WEB, IN_PERSON, LETTER
}
