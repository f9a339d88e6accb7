package org.yuanwu.union.internal.fund;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundAttachmentRepository extends JpaRepository<FundAttachment, Long> {

    /** The attachments of an expense without their content. */
    @Query("select a.id, a.fileName, a.contentType, a.sizeBytes from FundAttachment a where a.expenseId = ?1 order by a.id")
    List<Object[]> listOf(Long expenseId);
}
