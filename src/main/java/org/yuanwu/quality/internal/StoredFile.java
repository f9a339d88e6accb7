package org.yuanwu.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.quality.FileContent;

@Entity
@Table(name = "quality_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_file_seq")
    @SequenceGenerator(name = "quality_file_seq", sequenceName = "quality_file_seq", allocationSize = 50)
    private Long id;
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

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, byte[] content, String uploadedBy, Instant now) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public FileContent content() {
        return new FileContent(fileName, contentType, content);
    }

    public Long getId() { return id; }
}
