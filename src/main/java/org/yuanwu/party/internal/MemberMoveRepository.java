package org.yuanwu.party.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberMoveRepository extends JpaRepository<MemberMove, Long> {

    List<MemberMove> findByMemberIdOrderByMovedOnAscIdAsc(Long memberId);
}
