package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.event.SealAct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that says which version each paraf covers, when a level above amended the draft after a lower level
 * initialled it. Every amendment is itself a sealed act (act {@code AMENDMENT}, by the amending officer, from a base
 * version and hash to a new version and hash), and a signed correction of final version V stands only on a chain:
 * <ul>
 *   <li>exactly one level-5 paraf (on some version v5), one level-6 paraf (on v6 ≥ v5) and one level-7 signature
 *       (on V ≥ v6, with V's hash);</li>
 *   <li>every version step from v5 to v6 is a sealed amendment by a level above 5 (6, or 7 before it returned the
 *       draft to 6), and every step from v6 to V a sealed amendment by level 7, each starting from exactly the version
 *       and hash the previous one ended at;</li>
 *   <li>no other amendment after v5: what each level initialled and every change made above it are all on the
 *       record.</li>
 * </ul>
 * A closure ({@code CLOSURE}, the Karo's "no correction needed") ends a review without a signature: it is never a
 * link of a signed correction's chain, and a chain that holds one is refused ({@code SEAL_WRONG_ACT}).
 * <p>
 * Only the standing acts count: the latest approval of each level and the amendments after the level-5 paraf (a
 * return starts a new round whose approvals supersede the earlier ones). Given two approvals of one level the chain
 * is ambiguous and refused.
 */
public final class SealChainRule {

    public static final String SEAL_MISSING_LEVEL = "SEAL_MISSING_LEVEL";
    public static final String SEAL_DUPLICATE_LEVEL = "SEAL_DUPLICATE_LEVEL";
    public static final String SEAL_WRONG_ACT = "SEAL_WRONG_ACT";
    public static final String SEAL_VERSION_NOT_LINKED = "SEAL_VERSION_NOT_LINKED";
    public static final String AMENDMENT_NOT_SEALED = "AMENDMENT_NOT_SEALED";
    public static final String AMENDMENT_WRONG_LEVEL = "AMENDMENT_WRONG_LEVEL";

    /** One sealed act as the rule needs it; {@code baseVersion}/{@code baseHash} for an amendment only. */
    public record Link(int level, SealAct act, int version, String contentHash, Integer baseVersion,
                       String baseHash) {

        public static Link approval(int level, SealAct act, int version, String contentHash) {
            return new Link(level, act, version, contentHash, null, null);
        }

        public static Link amendment(int level, int baseVersion, String baseHash, int version, String contentHash) {
            return new Link(level, SealAct.AMENDMENT, version, contentHash, baseVersion, baseHash);
        }
    }

    /** Why the chain does not stand: a code (one of the constants above) and what was found. */
    public record Broken(String code, String detail) {
    }

    private SealChainRule() {
    }

    /** Empty when the links make a valid chain for the final version and hash. */
    public static Optional<Broken> check(List<Link> links, int finalVersion, String finalHash) {
        Map<Integer, Link> approvals = new HashMap<>();
        List<Link> amendments = new ArrayList<>();
        for (Link link : links) {
            if (link.act() == SealAct.AMENDMENT) {
                amendments.add(link);
                continue;
            }
            SealAct expected = link.level() == 7 ? SealAct.SIGNATURE : SealAct.PARAF;
            if (link.level() < 5 || link.level() > 7 || link.act() != expected) {
                return broken(SEAL_WRONG_ACT, link.act() + " at level " + link.level());
            }
            if (approvals.putIfAbsent(link.level(), link) != null) {
                return broken(SEAL_DUPLICATE_LEVEL, "two approvals at level " + link.level());
            }
        }
        for (int level = 5; level <= 7; level++) {
            if (!approvals.containsKey(level)) {
                return broken(SEAL_MISSING_LEVEL, "no " + (level == 7 ? "signature" : "paraf") + " at level " + level);
            }
        }
        Link paraf5 = approvals.get(5);
        Link paraf6 = approvals.get(6);
        Link signature = approvals.get(7);
        if (signature.version() != finalVersion || !signature.contentHash().equals(finalHash)) {
            return broken(SEAL_VERSION_NOT_LINKED, "the signature covers version " + signature.version()
                    + ", not the final version " + finalVersion + " with its hash");
        }
        Map<Integer, Link> byBase = new HashMap<>();
        for (Link amendment : amendments) {
            if (amendment.baseVersion() == null || amendment.baseHash() == null) {
                return broken(AMENDMENT_NOT_SEALED, "an amendment to version " + amendment.version()
                        + " without its base version");
            }
            if (amendment.version() > paraf5.version() && byBase.put(amendment.baseVersion(), amendment) != null) {
                return broken(SEAL_VERSION_NOT_LINKED, "two amendments from version " + amendment.baseVersion());
            }
        }
        Set<Link> used = new HashSet<>();
        Optional<Broken> lower = walk(paraf5, paraf6, 6, byBase, used);
        if (lower.isPresent()) {
            return lower;
        }
        Optional<Broken> upper = walk(paraf6, signature, 7, byBase, used);
        if (upper.isPresent()) {
            return upper;
        }
        for (Link amendment : byBase.values()) {
            if (!used.contains(amendment)) {
                return broken(SEAL_VERSION_NOT_LINKED, "the amendment from version " + amendment.baseVersion()
                        + " to " + amendment.version() + " is not between the seals it follows");
            }
        }
        return Optional.empty();
    }

    /** From one approval to the next through sealed amendments made by {@code minLevel} or above. */
    private static Optional<Broken> walk(Link from, Link to, int minLevel, Map<Integer, Link> byBase, Set<Link> used) {
        int version = from.version();
        String hash = from.contentHash();
        while (version < to.version()) {
            Link step = byBase.get(version);
            if (step == null || !step.baseHash().equals(hash)) {
                return broken(AMENDMENT_NOT_SEALED, "no sealed amendment from version " + version
                        + " (paraf at level " + from.level() + ") towards version " + to.version()
                        + " (level " + to.level() + ")");
            }
            if (step.level() < minLevel) {
                return broken(AMENDMENT_WRONG_LEVEL, "the amendment from version " + version + " was made at level "
                        + step.level() + ", after level " + from.level() + " initialled");
            }
            if (step.version() <= version) {
                return broken(SEAL_VERSION_NOT_LINKED, "an amendment from version " + version + " to "
                        + step.version());
            }
            used.add(step);
            version = step.version();
            hash = step.contentHash();
        }
        if (version != to.version() || !hash.equals(to.contentHash())) {
            return broken(SEAL_VERSION_NOT_LINKED, "level " + to.level() + " approved version " + to.version()
                    + ", which does not follow from version " + from.version() + " approved at level "
                    + from.level());
        }
        return Optional.empty();
    }

    private static Optional<Broken> broken(String code, String detail) {
        return Optional.of(new Broken(code, detail));
    }
}
