package org.yuanwu.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.plan.AttachmentContent;
import org.yuanwu.plan.AttachmentView;

/** An evidence file; lists read {@link AttachmentView} projections, so the bytes load only for a download. */
@Entity
@Table(name = "plan_attachment")
public class PlanAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_attachment_seq")
    @SequenceGenerator(name = "plan_attachment_seq", sequenceName = "plan_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected PlanAttachment() {
    }

    public PlanAttachment(Long itemId, String fileName, String contentType, byte[] content, String uploadedBy,
                          Instant uploadedAt) {
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public AttachmentView view() {
        return new AttachmentView(id, itemId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }

    public AttachmentContent download() {
        return new AttachmentContent(fileName, contentType, content);
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public String getFileName() { return fileName; }
}
