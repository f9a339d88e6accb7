package org.yuanwu.training.internal.file;

import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.training.CreditTitleGrade;

public interface CreditRequirementRepository extends JpaRepository<CreditRequirement, CreditTitleGrade> {
}
