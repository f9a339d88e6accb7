package org.yuanwu.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.yuanwu.plan.AttachmentView;

public interface PlanAttachmentRepository extends JpaRepository<PlanAttachment, Long> {

    @Query("""
            select new org.yuanwu.plan.AttachmentView(a.id, a.itemId, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from PlanAttachment a where a.itemId = :itemId order by a.uploadedAt, a.id""")
    List<AttachmentView> listByItem(@Param("itemId") Long itemId);

    /** [itemId, attachment count] for each of the items that has attachments. */
    @Query("select a.itemId, count(a) from PlanAttachment a where a.itemId in :itemIds group by a.itemId")
    List<Object[]> countByItem(@Param("itemIds") Collection<Long> itemIds);
}
