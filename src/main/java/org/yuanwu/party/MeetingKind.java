package org.yuanwu.party;

/** 三会一课: the branch assembly (支部党员大会), the committee (支委会), the group meeting (党小组会) and the lesson (党课). */
public enum MeetingKind {
    ASSEMBLY, COMMITTEE, GROUP, LESSON;

    /** Lessons are lessons; the other three count as branch meetings held. */
    public boolean countsAsBranchMeeting() {
        return this != LESSON;
    }
}
