package id.go.kalbarprov.sop.platform.security;

/**
 * Who reads a case's work by role and assignment — the rule every service applies the same way (README, "Access
 * policy"). The Karo, Kabag, Kasubbag and the auditor oversee every case and read all of it; a pelaksana or an
 * arsiparis reads only the work given to them: the case they are assigned to, the review of the draft they compiled,
 * the archive order delegated to them. Units and the archive's access class have their own rules in the services.
 */
public final class ReadPolicy {

    private ReadPolicy() {
    }

    /** Karo, Kabag, Kasubbag and the auditor read every case, review and order. */
    public static boolean overseesEveryCase(Caller caller) {
        return caller.hasAny(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR);
    }

    /**
     * Officials' NIPs, and the seals that carry them, are for the bureau's officers and the auditor; a unit reads the
     * case parts addressed to it without them.
     */
    public static boolean readsOfficialNips(Caller caller) {
        return caller.hasAny(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
                Roles.AUDITOR);
    }

    /** Work assigned to one officer (by upn or NIP) is read by that officer and by those who oversee every case. */
    public static boolean readsAssignedWork(Caller caller, String assigneeUpn, String assigneeNip) {
        return overseesEveryCase(caller) || caller.is(assigneeUpn, assigneeNip);
    }
}
