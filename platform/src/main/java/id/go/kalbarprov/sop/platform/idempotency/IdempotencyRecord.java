package id.go.kalbarprov.sop.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer given to a request carrying an Idempotency-Key, per caller. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String principal;
    @Id
    @Column(name = "idem_key")
    public String idemKey;
    @Column(name = "request_hash")
    public String requestHash;
    public int status;
    public String body;
    public String location;
    @Column(name = "created_at")
    public Instant createdAt;

    /** Composite key: the caller and the key they chose. */
    public static class Key implements Serializable {
        public String principal;
        public String idemKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.principal, principal) && Objects.equals(k.idemKey, idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, idemKey);
        }
    }
}
