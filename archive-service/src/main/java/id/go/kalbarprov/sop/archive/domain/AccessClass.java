package id.go.kalbarprov.sop.archive.domain;

import java.util.Set;

/**
 * Klasifikasi keamanan — who may read an archived record's content. Everyone allowed to list records sees its
 * metadata; the content itself goes only to these roles:
 * <pre>
 *                 karo kabag kasubbag pelaksana arsiparis auditor
 * PUBLIC           x    x      x         x         x        x      (biasa)
 * RESTRICTED       x    x      x                   x        x      (terbatas)
 * CONFIDENTIAL     x    x      x                            x      (rahasia)
 * SECRET           x                                        x      (sangat rahasia)
 * </pre>
 * The auditor reads everything: auditing a record one cannot read is not auditing.
 */
public enum AccessClass {
    PUBLIC(Set.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "auditor")),
    RESTRICTED(Set.of("karo", "kabag", "kasubbag", "arsiparis", "auditor")),
    CONFIDENTIAL(Set.of("karo", "kabag", "kasubbag", "auditor")),
    SECRET(Set.of("karo", "auditor"));

    private final Set<String> readers;

    AccessClass(Set<String> readers) {
        this.readers = readers;
    }

    public boolean contentReadableBy(Set<String> roles) {
        return roles.stream().anyMatch(readers::contains);
    }
}
