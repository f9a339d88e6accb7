package org.yuanwu.union.internal.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberEventRepository extends JpaRepository<MemberEvent, Long> {

    List<MemberEvent> findByMemberIdOrderByHappenedOnAscIdAsc(Long memberId);
}
