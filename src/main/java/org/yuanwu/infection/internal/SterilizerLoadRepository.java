package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SterilizerLoadRepository extends JpaRepository<SterilizerLoad, Long> {

    List<SterilizerLoad> findBySterilizerIdAndLoadDateOrderByLoadNo(Long sterilizerId, LocalDate date);

    List<SterilizerLoad> findBySterilizerIdOrderByLoadDateDescLoadNoDesc(Long sterilizerId);

    List<SterilizerLoad> findByRecalledTrueOrderByLoadDateDescLoadNoDesc();
}
