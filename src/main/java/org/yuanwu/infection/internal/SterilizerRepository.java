package org.yuanwu.infection.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SterilizerRepository extends JpaRepository<Sterilizer, Long> {

    List<Sterilizer> findByUnitIdInOrderByName(Collection<Long> unitIds);

    List<Sterilizer> findAllByOrderByName();
}
