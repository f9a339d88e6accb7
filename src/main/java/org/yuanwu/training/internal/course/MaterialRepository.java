package org.yuanwu.training.internal.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.yuanwu.training.SessionMaterialView;

public interface MaterialRepository extends JpaRepository<Material, Long> {

    @Query("""
            select new org.yuanwu.training.SessionMaterialView(m.id, m.sessionId, m.fileName, m.contentType, m.sizeBytes,
                   m.uploadedBy, m.uploadedAt)
            from Material m where m.sessionId = ?1 order by m.uploadedAt, m.id""")
    List<SessionMaterialView> views(Long sessionId);
}
