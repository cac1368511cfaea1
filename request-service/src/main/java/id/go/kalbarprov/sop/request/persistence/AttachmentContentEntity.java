package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an attachment kept in PostgreSQL (bytea), written once. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] content;
}
