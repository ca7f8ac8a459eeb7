package org.caseport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

/**
 * Documents' metadata for every case (a version row each, with a made-up fingerprint and a store
 * key no file stands behind), and two real files on case 0, shared with the client, which the
 * load test downloads: their fingerprints are the files' own.
 */
final class CaseDocuments {

    /** A document with a real file in the store. */
    record RealDocument(long id, long bytes, String sha256, String key) {
    }

    private static final String[] CATEGORIES = {"REPORT", "EVIDENCE", "CORRESPONDENCE", "MEDIA", "OTHER"};
    private static final String[] EXTENSIONS = {".pdf", ".jpg", ".mp4", ".txt", ".pdf", ".png"};

    private final Connection connection;
    private final FirmGenerator.Options options;
    private final FirmPlan plan;
    private final IntToLongFunction staffId;
    RealDocument small;
    RealDocument big;

    CaseDocuments(Connection connection, FirmGenerator.Options options, FirmPlan plan, IntToLongFunction staffId) {
        this.connection = connection;
        this.options = options;
        this.plan = plan;
        this.staffId = staffId;
    }

    /** Writes the rows (and the two files); answers how many documents. */
    long write(long caseBase, long documentBase) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(options.seed() + 20);
        // Store keys must differ between runs that share a database, so they also depend on the tag.
        SplittableRandom keys = new SplittableRandom(options.seed() ^ options.tag().hashCode() * 0x9E3779B97F4A7C15L);
        long id = documentBase;
        try (CopyRows documents = new CopyRows(connection, "documents",
                "id, case_id, title, category, visibility, created_by, created_at, current_version")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                for (int document = 0; document < plan.documents[kase]; document++) {
                    LocalDate day = plan.opened[kase].plusDays(random.nextInt(
                            (int) Math.max(1, ChronoUnit.DAYS.between(plan.opened[kase], plan.lastDay(kase)) + 1)));
                    documents.row(id++, caseBase + kase, FirmWords.pick(FirmWords.DOCUMENT_TITLES, random) + " " + (document + 1),
                            FirmWords.pick(CATEGORIES, random), random.nextDouble() < 0.4 ? "CLIENT" : "INTERNAL",
                            staffId.applyAsLong(plan.caseLead[kase]), FirmGenerator.at(day), 1);
                }
            }
            documents.row(id, caseBase, "Surveillance video (small)", "MEDIA", "CLIENT", staffId.applyAsLong(plan.caseLead[0]),
                    FirmGenerator.at(plan.asOf), 1);
            documents.row(id + 1, caseBase, "Surveillance video (large)", "MEDIA", "CLIENT",
                    staffId.applyAsLong(plan.caseLead[0]), FirmGenerator.at(plan.asOf), 1);
        }
        versions(documentBase, id, random, keys);
        return id + 2 - documentBase;
    }

    private void versions(long documentBase, long realBase, SplittableRandom random, SplittableRandom keys)
            throws SQLException, IOException {
        try (CopyRows versions = new CopyRows(connection, "document_versions", "document_id, version,"
                + " original_filename, content_type, size_bytes, sha256, storage_key, uploaded_by, created_at")) {
            long id = documentBase;
            for (int kase = 0; kase < plan.size.cases; kase++) {
                for (int document = 0; document < plan.documents[kase]; document++) {
                    int type = random.nextInt(FirmWords.CONTENT_TYPES.length);
                    long bytes = (long) Math.exp(Math.log(10_000) + random.nextDouble() * Math.log(5_000));
                    versions.row(id++, 1, "document-" + document + EXTENSIONS[type], FirmWords.CONTENT_TYPES[type], bytes,
                            CaseRecords.randomSha256(random), CaseRecords.storageKey(keys),
                            staffId.applyAsLong(plan.caseLead[kase]), FirmGenerator.at(plan.opened[kase]));
                }
            }
            small = realFile(realBase, options.smallFileBytes(), random, keys);
            big = realFile(realBase + 1, options.bigFileBytes(), random, keys);
            for (RealDocument real : new RealDocument[] {small, big}) {
                versions.row(real.id(), 1, "surveillance-" + real.bytes() + ".mp4", "video/mp4", real.bytes(), real.sha256(),
                        real.key(), staffId.applyAsLong(plan.caseLead[0]), FirmGenerator.at(plan.asOf));
            }
        }
    }

    /** An MP4 container (an ftyp box, one mdat box) of seeded random bytes, written where the app's store looks. */
    private RealDocument realFile(long id, long bytes, SplittableRandom random, SplittableRandom keys)
            throws IOException {
        String key = CaseRecords.storageKey(keys);
        Path file = options.documentsRoot().resolve(key);
        Files.createDirectories(file.getParent());
        MessageDigest sha256 = sha256();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = mp4Head(bytes);
            out.write(head);
            sha256.update(head);
            byte[] chunk = new byte[1 << 20];
            for (long left = bytes - head.length; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                int length = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, length);
                sha256.update(chunk, 0, length);
            }
        }
        return new RealDocument(id, bytes, HexFormat.of().formatHex(sha256.digest()), key);
    }

    private static byte[] mp4Head(long bytes) {
        byte[] head = new byte[40];
        byte[] ftyp = "\0\0\0\u0018ftypmp42\0\0\0\0mp42isom\0\0\0\u0001mdat".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, head, 0, ftyp.length);
        long mdat = bytes - 24;
        for (int index = 0; index < 8; index++) {
            head[32 + index] = (byte) (mdat >>> (56 - 8 * index));
        }
        return head;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
