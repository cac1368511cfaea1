package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An officer of the register (pegawai): who may be assigned or delegated an SOP step, in which role, when. */
@Entity
@Table(name = "officer")
public class OfficerEntity extends PanacheEntityBase {

    @Id
    public String upn;
    public String nip;
    public String name;
    public String post;
    public String role;
    @Column(name = "unit_code")
    public String unitCode;
    public String section;
    @Column(name = "active_from")
    public LocalDate activeFrom;
    @Column(name = "active_to")
    public LocalDate activeTo;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<OfficerEntity> byNip(String nip) {
        return find("nip", nip).firstResultOptional();
    }
}
