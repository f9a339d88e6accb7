package org.yuanwu.infection.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UvLampRepository extends JpaRepository<UvLamp, Long> {

    List<UvLamp> findByUnitIdInOrderByUnitIdAscLocationAsc(Collection<Long> unitIds);

    List<UvLamp> findAllByOrderByUnitIdAscLocationAsc();
}
