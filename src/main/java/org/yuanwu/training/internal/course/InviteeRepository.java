package org.yuanwu.training.internal.course;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InviteeRepository extends JpaRepository<Invitee, Long> {

    List<Invitee> findBySessionIdOrderByStaffNameAscStaffIdAsc(Long sessionId);

    Optional<Invitee> findBySessionIdAndStaffId(Long sessionId, Long staffId);

    List<Invitee> findByStaffId(Long staffId);

    /** Per session: invited, present, absent. */
    @Query("""
            select i.sessionId, count(i),
                   sum(case when i.attendance = org.yuanwu.training.AttendanceStatus.PRESENT then 1 else 0 end),
                   sum(case when i.attendance = org.yuanwu.training.AttendanceStatus.ABSENT then 1 else 0 end)
            from Invitee i where i.sessionId in ?1 group by i.sessionId""")
    List<Object[]> countsBySession(Collection<Long> sessionIds);
}
