package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a unit or an officer: the record before and after, who changed it and when. Append-only. */
@Entity
@Table(name = "reference_change")
public class ReferenceChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    @Column(name = "reference_key")
    public String referenceKey;
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> after;
    @Column(name = "changed_by_upn")
    public String changedByUpn;
    @Column(name = "changed_by_name")
    public String changedByName;
    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<ReferenceChangeEntity> of(String kind, String key) {
        return list("kind = ?1 and referenceKey = ?2 order by version", kind, key);
    }
}
