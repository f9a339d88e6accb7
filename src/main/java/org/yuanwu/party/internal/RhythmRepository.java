package org.yuanwu.party.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.party.MeetingKind;

public interface RhythmRepository extends JpaRepository<RhythmRow, MeetingKind> {
}
