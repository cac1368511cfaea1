package id.go.kalbarprov.sop.review.domain;

import java.util.Set;

/**
 * Someone acting on a review: login, civil-servant number (NIP), name, roles held, and whether they act as
 * Plh/Plt (an acting official) rather than as the post's holder.
 */
public record Person(String upn, String nip, String name, Set<String> roles, boolean acting) {

    /** Same person when the login or the NIP matches: one person may come with another post's token as Plh/Plt. */
    public boolean isSamePersonAs(String otherUpn, String otherNip) {
        return (upn != null && upn.equals(otherUpn)) || (nip != null && nip.equals(otherNip));
    }
}
