package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface HardshipReviewRepository extends JpaRepository<HardshipReview, Long> {

    boolean existsByFileIdAndReviewYear(Long fileId, int reviewYear);

    List<HardshipReview> findByFileIdOrderByReviewYearDesc(Long fileId);
}
