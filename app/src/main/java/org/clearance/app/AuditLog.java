package org.clearance.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.law.PackInfo;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.LedgerException;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditReader;
import org.clearance.ledger.audit.AuditTrail;
import org.clearance.ledger.audit.ChainHead;
import org.clearance.ledger.audit.ChainVerification;
import org.clearance.ledger.audit.ExportVerifier;

/**
 * The audit trail as the use cases record it and the audit commands read it (docs/ledger.md, "Audit trail"): every
 * check, screening, adjudication and list import appends one row with its inputs, outputs, rule pack, list versions,
 * engine version and actor.
 */
public final class AuditLog {

    /** The engine version recorded in every row (a changed engine can change answers: replay shows it). */
    public static final String ENGINE = "clearance 0.1.0";

    private AuditLog() {
    }

    /** The actor: the {@code --by} name when given, else the OS user. */
    public static String actor(String by) {
        if (by != null && !by.isBlank()) return by.strip();
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** A payload with the engine version, and the rule pack when one decided. */
    public static ObjectNode payload(PackInfo pack) {
        ObjectNode p = Json.object();
        p.put("engine", ENGINE);
        if (pack != null) p.set("rule_pack", Json.object().put("id", pack.id()).put("hash", pack.hash()));
        return p;
    }

    /** Appends a row in a transaction of its own on an open database, then chains it. */
    public static ChainHead record(Ledger ledger, String kind, String actor, ObjectNode payload) {
        Connection c = ledger.connection();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                new AuditTrail(c).append(new AuditEvent(kind, actor, payload));
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the audit row: " + e.getMessage(), e);
        }
        return new AuditTrail(c).chain();
    }

    /** Appends a row to the database at {@code url} (null: the default one). */
    public static ChainHead record(String url, String kind, String actor, ObjectNode payload) {
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return record(ledger, kind, actor, payload);
        }
    }

    public static ChainHead head(String url) {
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return new AuditTrail(ledger.connection()).head();
        }
    }

    public static ChainVerification verify(String url, ChainHead expected) {
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return new AuditReader(ledger.connection()).verify(expected);
        }
    }

    /** Verifies the chain of an open database (a server's connection). */
    public static ChainVerification verify(Ledger ledger) {
        return new AuditReader(ledger.connection()).verify(null);
    }

    /** The last {@code n} chained rows, newest first. */
    public static java.util.List<org.clearance.ledger.audit.AuditRow> recent(Ledger ledger, int n) {
        ChainHead head = new AuditTrail(ledger.connection()).head();
        AuditReader reader = new AuditReader(ledger.connection());
        java.util.List<org.clearance.ledger.audit.AuditRow> out = new java.util.ArrayList<>();
        for (long seq = head.seq(); seq >= 1 && out.size() < n; seq--) reader.row(seq).ifPresent(out::add);
        return out;
    }

    /** Writes every row to {@code file} as JSON lines (through FILE.partial, renamed when complete). */
    public static ChainHead export(String url, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        ChainHead head;
        try (Ledger ledger = Ledger.open(Database.url(url));
             Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            head = new AuditReader(ledger.connection()).export(out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return head;
    }

    /** Verifies an export with no database. */
    public static ChainVerification verifyFile(Path file, ChainHead expected) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ExportVerifier.verify(in, file.toString(), expected);
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        }
    }

    /** A head given as {@code --expect-head SEQ:HASH}; a bad form is {@link BadInput}. */
    public static ChainHead expectedHead(String text) {
        if (text == null) return null;
        try {
            return ChainHead.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--expect-head: " + e.getMessage());
        }
    }

    /** The verification as JSON: intact, rows, head, first_bad_seq, problem. */
    public static ObjectNode json(ChainVerification v) {
        ObjectNode o = Json.object();
        o.put("intact", v.intact());
        o.put("rows", v.rows());
        o.put("head", v.head().toString());
        if (v.intact()) {
            o.putNull("first_bad_seq");
            o.putNull("problem");
        } else {
            o.put("first_bad_seq", v.firstBadSeq());
            o.put("problem", v.problem());
        }
        return o;
    }

    /** A file's SHA-256 and size, for rows that record a file by its content ({@code check --batch}). */
    public static ObjectNode file(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Json.object().put("name", file.toString()).put("sha256", HexFormat.of().formatHex(sha.digest()))
                .put("bytes", bytes);
    }

    /** Files by content (overlays), or an empty array. */
    public static com.fasterxml.jackson.databind.node.ArrayNode files(List<Path> files) throws IOException {
        var a = Json.array();
        if (files != null) for (Path f : files) a.add(file(f));
        return a;
    }
}
