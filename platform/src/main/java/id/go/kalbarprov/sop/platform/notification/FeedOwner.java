package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officer whose feed is read: a notification is in it when addressed to their login (or NIP), or to one of their
 * roles — for role {@code unit} only the notices of their own unit. No officer directory is needed. The same rule is
 * written twice here, as SQL for the feed and as Java for the live stream; {@code FeedOwnerTest} holds them together.
 */
public record FeedOwner(String upn, String nip, Set<String> roles, String unit) {

    public static FeedOwner of(Caller caller) {
        return new FeedOwner(caller.upn(), caller.nip(), caller.roles(), caller.has(Roles.UNIT) ? caller.unit() : null);
    }

    /** The login read marks are kept under. */
    public String reader() {
        return upn != null ? upn : nip;
    }

    public boolean sees(NotificationView n) {
        if (n.recipientUpn() != null && (n.recipientUpn().equals(upn) || n.recipientUpn().equals(nip))) {
            return true;
        }
        return n.recipientRole() != null && roles.contains(n.recipientRole())
                && (n.recipientUnit() == null || n.recipientUnit().equals(unit));
    }

    /** The condition of {@link #sees} on table {@code notification n}, with its parameters. */
    static final String SQL = """
            (n.recipient_upn IN (:upn, :nip)
             OR (n.recipient_role IN (:roles) AND (n.recipient_unit IS NULL OR n.recipient_unit = :unit)))""";

    Map<String, Object> sqlParameters() {
        return Map.of("upn", upn == null ? "-" : upn, "nip", nip == null ? "-" : nip,
                "roles", roles.isEmpty() ? List.of("-") : List.copyOf(roles), "unit", unit == null ? "-" : unit);
    }
}
