package org.yuanwu.party.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.party.AgreementKind;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findByYearOrderBySignedOnDescIdDesc(int year);

    List<Agreement> findByYearAndKindAndCancelReasonIsNull(int year, AgreementKind kind);
}
