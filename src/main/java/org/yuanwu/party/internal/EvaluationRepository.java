package org.yuanwu.party.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByUnitIdAndMonthStart(Long unitId, LocalDate monthStart);

    List<Evaluation> findByMonthStartBetweenOrderByMonthStartAscIdAsc(LocalDate from, LocalDate to);
}
