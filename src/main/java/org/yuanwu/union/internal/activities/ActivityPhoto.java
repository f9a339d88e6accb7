package org.yuanwu.union.internal.activities;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "union_activity_photo")
public class ActivityPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_activity_photo_seq")
    @SequenceGenerator(name = "union_activity_photo_seq", sequenceName = "union_activity_photo_seq", allocationSize = 50)
    private Long id;
    @Column(name = "activity_id")
    private Long activityId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ActivityPhoto() {
    }

    public ActivityPhoto(Long activityId, String fileName, String contentType, byte[] content, String by, Instant at) {
        this.activityId = activityId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long getId() { return id; }
    public Long getActivityId() { return activityId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
