package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.security.Caller;

/**
 * The access class (klasifikasi keamanan) applied to every view of a signed correction's content: one record, the
 * record search and due lists, one archive order, the order lists and the answers to ordering, delegating and filing
 * (README, "Access policy"). An order holds the same content as its record, so once filed it takes the record's
 * class; before filing it has none, and whoever may see the order reads it (the arsiparis must, to file it).
 */
public final class ContentAccess {

    private ContentAccess() {
    }

    public static boolean readable(ArchiveRecordEntity record, Caller reader) {
        return readable(record.accessClass, reader);
    }

    public static boolean readable(ArchiveOrderEntity order, Caller reader) {
        return order.accessClass == null || readable(order.accessClass, reader);
    }

    private static boolean readable(AccessClass accessClass, Caller reader) {
        return accessClass.contentReadableBy(reader.roles());
    }
}
