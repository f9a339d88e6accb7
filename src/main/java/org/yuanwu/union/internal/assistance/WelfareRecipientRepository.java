package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface WelfareRecipientRepository extends JpaRepository<WelfareRecipient, Long> {

    List<WelfareRecipient> findByDistributionIdOrderByUnitIdAscIdAsc(Long distributionId);

    long countByDistributionId(Long distributionId);

    long countByDistributionIdAndSignedOnIsNotNull(Long distributionId);
}
