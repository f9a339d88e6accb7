package org.yuanwu.training.internal.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.training.SessionMaterialContent;
import org.yuanwu.training.SessionMaterialView;

/** A material file of a session; lists read projections, so the bytes load only for a download. */
@Entity
@Table(name = "training_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_material_seq")
    @SequenceGenerator(name = "training_material_seq", sequenceName = "training_material_seq", allocationSize = 50)
    private Long id;
    @Column(name = "session_id")
    private Long sessionId;
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

    protected Material() {
    }

    public Material(Long sessionId, String fileName, String contentType, byte[] content, String uploadedBy, Instant at) {
        this.sessionId = sessionId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public SessionMaterialView view() {
        return new SessionMaterialView(id, sessionId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }

    public SessionMaterialContent download() {
        return new SessionMaterialContent(fileName, contentType, content);
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getFileName() { return fileName; }
}
