package org.yuanwu.union.internal.fund;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FundEntryRepository extends JpaRepository<FundEntry, Long>, JpaSpecificationExecutor<FundEntry> {
}
