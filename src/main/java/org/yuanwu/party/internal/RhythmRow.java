package org.yuanwu.party.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.yuanwu.party.MeetingKind;
import org.yuanwu.party.Rhythm;
import org.yuanwu.party.RhythmPeriod;

/** The rhythm of one kind of meeting, as stored (seeded by the migration). */
@Entity
@Table(name = "party_meeting_rhythm")
public class RhythmRow {

    @Id
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Enumerated(EnumType.STRING)
    private RhythmPeriod period;
    @Column(name = "per_period")
    private int perPeriod;
    @Column(name = "sort_order")
    private int sortOrder;

    protected RhythmRow() {
    }

    public Rhythm rhythm() {
        return new Rhythm(kind, period, perPeriod);
    }

    public int getSortOrder() { return sortOrder; }
}
