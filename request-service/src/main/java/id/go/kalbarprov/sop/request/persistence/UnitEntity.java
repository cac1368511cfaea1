package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A unit of the province (Perangkat Daerah, Biro) as cases address it: code, official name, head's post. */
@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "head_post")
    public String headPost;
    public String address;
    public boolean active;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static List<UnitEntity> withCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
