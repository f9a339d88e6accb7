package org.yuanwu.training.internal.intern;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InternIntakeRepository extends JpaRepository<InternIntake, Long>, JpaSpecificationExecutor<InternIntake> {
}
