package org.yuanwu.training.internal.file;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditEntryRepository extends JpaRepository<CreditEntry, Long> {

    List<CreditEntry> findByStaffIdOrderByEndsOnDescIdDesc(Long staffId);

    List<CreditEntry> findByStaffIdInAndWithdrawnFalse(Collection<Long> staffIds);
}
