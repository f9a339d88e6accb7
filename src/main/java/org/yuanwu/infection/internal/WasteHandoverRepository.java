package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WasteHandoverRepository extends JpaRepository<WasteHandover, Long> {

    List<WasteHandover> findByHandoverDateBetweenAndSupersededByIsNullOrderByHandoverDateDescIdDesc(LocalDate from, LocalDate to);
}
