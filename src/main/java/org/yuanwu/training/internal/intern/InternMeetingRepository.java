package org.yuanwu.training.internal.intern;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternMeetingRepository extends JpaRepository<InternMeeting, Long> {

    List<InternMeeting> findByIntakeIdOrderByHeldOnDesc(Long intakeId);
}
