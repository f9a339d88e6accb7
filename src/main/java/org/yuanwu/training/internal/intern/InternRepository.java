package org.yuanwu.training.internal.intern;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternRepository extends JpaRepository<Intern, Long> {

    List<Intern> findByIntakeIdOrderByStudentNo(Long intakeId);

    boolean existsByIntakeIdAndStudentNo(Long intakeId, String studentNo);

    boolean existsByCode(String code);

    Optional<Intern> findByCode(String code);
}
