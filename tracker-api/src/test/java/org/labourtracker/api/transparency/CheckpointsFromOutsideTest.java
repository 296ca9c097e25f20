package org.labourtracker.api.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.When;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The log as an outsider checks it. The served checkpoint, inclusion proofs and consistency proofs
 * are verified here with code written from RFC 9162 (sections 2.1.1, 2.1.3.2, 2.1.4.2) and the C2SP
 * signed-note and tlog-checkpoint texts alone, not with the classes that make them. An export is
 * checked offline against a checkpoint kept earlier, passes clean and fails tampered, naming the
 * record; another instance refuses to import the tampered one (an ADMIN may import it marked
 * unverified), and refuses a redacted export, which says it cannot be checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:checkpoints-outside;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckpointsFromOutsideTest {

    private static final String DISPUTE = ZhanaozenCase.DISPUTE;
    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    private static final String ADMIN = TestUsers.basic(Role.ADMIN);
    private static final Map<String, String> NDJSON = Map.of("Content-Type", "application/x-ndjson");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    private Http http;
    private ConfigurableApplicationContext other;
    private Http otherHttp;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void recordTheCaseAndStartASecondInstance(@TempDir Path keys) {
        TestUsers.createAll(accounts);
        http = new Http(port);
        ZhanaozenCase.commands().forEach(commands::sendAndWait);
        awaitCheckpointOf(ZhanaozenCase.commands().size());
        other = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:checkpoints-outside-b;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--tracker.log.key-file=" + keys.resolve("other.key"));
        TestUsers.createAll(other.getBean(UserAccounts.class));
        otherHttp = new Http(((WebServerApplicationContext) other).getWebServer().getPort());
    }

    @AfterAll
    void stopTheSecondInstance() {
        other.close();
    }

    @Test
    void theServedCheckpointIsSignedByTheServedKeyAndItsProofsHoldByTheRfc() throws Exception {
        Http.Response checkpoint = http.get("/api/audit/checkpoint", VIEWER);
        Http.Response key = http.get("/api/audit/checkpoint/key", VIEWER);
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.contentType()).startsWith("text/plain");
        assertThat(key.status()).isEqualTo(200);

        Note note = Note.verified(checkpoint.body(), key.body().trim());
        assertThat(note.size()).isEqualTo(ZhanaozenCase.commands().size());

        for (long index : List.of(0L, 5L, note.size() - 1)) {
            JsonNode leaf = http.get("/api/audit/leaves/" + index, AUDITOR).json();
            byte[] leafHash = sha256(new byte[] {0}, Base64.getDecoder().decode(leaf.path("leaf").asText()));
            JsonNode proof = http.get("/api/audit/proofs/inclusion?index=" + index + "&size=" + note.size(), VIEWER).json();
            assertThat(proof.path("index").asLong()).isEqualTo(index);
            assertThat(Rfc9162.inclusion(index, note.size(), leafHash, hashes(proof), note.root()))
                    .as("inclusion of leaf %d", index).isTrue();
            byte[] alteredLeaf = leafHash.clone();
            alteredLeaf[0] ^= 1;
            assertThat(Rfc9162.inclusion(index, note.size(), alteredLeaf, hashes(proof), note.root())).isFalse();
        }

        commands.sendAndWait(protest("second-march"));
        Note later = awaitCheckpointOf(note.size() + 1);
        JsonNode consistency = http.get("/api/audit/proofs/consistency?from=" + note.size() + "&to=" + later.size(),
                VIEWER).json();
        assertThat(Rfc9162.consistency(note.size(), later.size(), note.root(), later.root(), hashes(consistency)))
                .as("the later checkpoint extends the earlier").isTrue();
        assertThat(Rfc9162.consistency(note.size(), later.size(), later.root(), later.root(), hashes(consistency)))
                .isFalse();
    }

    @Test
    void readersMayCheckTheLogButOnlyAuditorsReadItsLeaves() {
        assertThat(http.get("/api/audit/checkpoint", null).status()).isEqualTo(401);
        assertThat(http.get("/api/audit/proofs/inclusion?index=0&size=1", VIEWER).status()).isEqualTo(200);
        assertThat(http.get("/api/audit/leaves/0", VIEWER).status()).isEqualTo(403);
        assertThat(http.get("/api/audit/leaves/0", AUDITOR).status()).isEqualTo(200);
        Http.Response badIndex = http.get("/api/audit/proofs/inclusion?index=5&size=5", VIEWER);
        assertThat(badIndex.status()).isEqualTo(400);
        assertThat(badIndex.json().path("field").asText()).isEqualTo("index");
        assertThat(http.get("/api/audit/leaves/999999", AUDITOR).status()).isEqualTo(404);
    }

    @Test
    void anExportChecksOutOfflineAgainstAKeptCheckpointAndATamperedOneIsNamed(@TempDir Path files) throws Exception {
        String kept = http.get("/api/audit/checkpoint", VIEWER).body();
        long keptSize = Long.parseLong(kept.lines().skip(1).findFirst().orElseThrow());
        commands.sendAndWait(protest("third-march"));
        String export = http.get("/api/disputes/" + DISPUTE + "/export.ndjson?since=" + keptSize, AUDITOR).body();
        Path exportFile = Files.writeString(files.resolve("export.ndjson"), export);
        Path checkpointFile = Files.writeString(files.resolve("checkpoint.txt"), kept);
        Path keyFile = Files.writeString(files.resolve("key.txt"), http.get("/api/audit/checkpoint/key", VIEWER).body());

        Run clean = verify(exportFile, checkpointFile, keyFile);
        assertThat(clean.exit()).as(clean.output()).isZero();
        assertThat(clean.output()).startsWith("verified: " + (export.lines().count() - 1) + " records");

        List<String> lines = new ArrayList<>(export.lines().toList());
        int killed = indexOf(lines, "\"recordId\":\"shooting-killed\"");
        lines.set(killed, lines.get(killed).replace("\"low\":70", "\"low\":7"));
        Path tampered = Files.write(files.resolve("tampered.ndjson"), lines);
        Run caught = verify(tampered, checkpointFile, keyFile);
        assertThat(caught.exit()).isEqualTo(1);
        assertThat(caught.output()).contains("NOT VERIFIED: 1 problem(s)")
                .contains("line " + (killed + 1) + " (record shooting-killed): its record differs from its signed leaf");

        Http.Response refused = otherHttp.send("POST", "/api/import?wait=true", MONITOR, String.join("\n", lines), NDJSON);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("line " + (killed + 1));
        assertThat(otherHttp.get("/api/disputes/" + DISPUTE, VIEWER).status()).as("nothing imported").isEqualTo(404);
        assertThat(otherHttp.send("POST", "/api/import?wait=true&unverified=true", MONITOR, String.join("\n", lines),
                NDJSON).json().path("field").asText()).isEqualTo("unverified");

        JsonNode accepted = otherHttp.send("POST", "/api/import?wait=true&unverified=true", ADMIN,
                String.join("\n", lines), NDJSON).json();
        assertThat(accepted.path("recorded").asLong()).as(accepted.toString()).isEqualTo(lines.size() - 1);
        assertThat(otherHttp.get("/api/audit/streams/" + DISPUTE, AUDITOR).json().get(0)
                .path("metaData").path("originVerified").asText()).isEqualTo("false");
    }

    @Test
    void aRedactedExportSaysItCannotBeCheckedAndIsNotImported() throws Exception {
        String export = http.get("/api/disputes/" + DISPUTE + "/export.ndjson", VIEWER).body();
        JsonNode header = json.readTree(export.lines().findFirst().orElseThrow());
        assertThat(header.path("redacted").asBoolean()).isTrue();
        assertThat(header.path("verifiable").asBoolean()).isFalse();
        assertThat(header.has("checkpoint")).isFalse();
        assertThat(export.lines().skip(1).map(this::tree)).allSatisfy(line -> assertThat(line.has("proof")).isFalse());

        Http.Response refused = otherHttp.send("POST", "/api/import?wait=true", MONITOR, export, NDJSON);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("redacted");
    }

    private Note awaitCheckpointOf(long size) {
        await().atMost(Duration.ofSeconds(5)).until(() -> Note.size(http.get("/api/audit/checkpoint", VIEWER).body()) >= size);
        return Note.verified(http.get("/api/audit/checkpoint", VIEWER).body(),
                http.get("/api/audit/checkpoint/key", VIEWER).body().trim());
    }

    /** A later record: the march in Zhanaozen on 17 December 2011. */
    private static RecordProtest protest(String recordId) {
        return new RecordProtest(DISPUTE, recordId, ProtestKind.MARCH, List.of(),
                ZhanaozenCase.evidence(When.day(2011, 12, 17), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS));
    }

    private JsonNode tree(String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

    private record Run(int exit, String output) {
    }

    private static Run verify(Path export, Path checkpoint, Path key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(new String[] {"verify", "--export", export.toString(), "--checkpoint",
                checkpoint.toString(), "--key", key.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> hashes = new ArrayList<>();
        proof.path("hashes").forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asText())));
        return hashes;
    }

    private static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            sha.update(part);
        }
        return sha.digest();
    }

    /** A C2SP tlog-checkpoint in a C2SP signed note, checked against an Ed25519 verifier key. */
    private record Note(long size, byte[] root) {

        static long size(String note) {
            return Long.parseLong(note.split("\n")[1]);
        }

        static Note verified(String note, String verifierKey) {
            try {
                String[] key = verifierKey.split("\\+", 3);
                byte[] typedKey = Base64.getDecoder().decode(key[2]);
                assertThat(typedKey[0]).as("Ed25519 signature type").isEqualTo((byte) 0x01);
                byte[] keyId = Arrays.copyOf(sha256((key[0] + "\n").getBytes(StandardCharsets.UTF_8), typedKey), 4);
                assertThat(HexFormat.of().formatHex(keyId)).isEqualTo(key[1]);

                int blank = note.indexOf("\n\n");
                String text = note.substring(0, blank + 1);
                String signatureLine = note.substring(blank + 2).lines().findFirst().orElseThrow();
                assertThat(signatureLine).startsWith("\u2014 " + key[0] + " ");
                byte[] signature = Base64.getDecoder().decode(signatureLine.substring(signatureLine.lastIndexOf(' ') + 1));
                assertThat(Arrays.copyOf(signature, 4)).isEqualTo(keyId);

                byte[] spki = new byte[44];
                System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, spki, 0, 12);
                System.arraycopy(typedKey, 1, spki, 12, 32);
                PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(publicKey);
                ed25519.update(text.getBytes(StandardCharsets.UTF_8));
                assertThat(ed25519.verify(Arrays.copyOfRange(signature, 4, signature.length))).as("signature").isTrue();

                String[] lines = text.split("\n");
                assertThat(lines[0]).isEqualTo(key[0]);
                return new Note(Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The verification algorithms of RFC 9162, written from its text. */
    private static final class Rfc9162 {

        static byte[] node(byte[] left, byte[] right) {
            try {
                return sha256(new byte[] {1}, left, right);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Section 2.1.3.2. */
        static boolean inclusion(long leafIndex, long treeSize, byte[] hash, List<byte[]> path, byte[] rootHash) {
            if (leafIndex >= treeSize) {
                return false;
            }
            long fn = leafIndex;
            long sn = treeSize - 1;
            byte[] r = hash;
            for (byte[] p : path) {
                if (sn == 0) {
                    return false;
                }
                if ((fn & 1) == 1 || fn == sn) {
                    r = node(p, r);
                    if ((fn & 1) == 0) {
                        while ((fn & 1) == 0 && fn != 0) {
                            fn >>= 1;
                            sn >>= 1;
                        }
                    }
                } else {
                    r = node(r, p);
                }
                fn >>= 1;
                sn >>= 1;
            }
            return sn == 0 && Arrays.equals(r, rootHash);
        }

        /** Section 2.1.4.2. */
        static boolean consistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
            if (proof.isEmpty()) {
                return false;
            }
            List<byte[]> path = new ArrayList<>(proof);
            if (Long.bitCount(first) == 1) {
                path.add(0, firstHash);
            }
            long fn = first - 1;
            long sn = second - 1;
            if ((fn & 1) == 1) {
                while ((fn & 1) == 1) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            byte[] fr = path.get(0);
            byte[] sr = path.get(0);
            for (byte[] c : path.subList(1, path.size())) {
                if (sn == 0) {
                    return false;
                }
                if ((fn & 1) == 1 || fn == sn) {
                    fr = node(c, fr);
                    sr = node(c, sr);
                    if ((fn & 1) == 0) {
                        while ((fn & 1) == 0 && fn != 0) {
                            fn >>= 1;
                            sn >>= 1;
                        }
                    }
                } else {
                    sr = node(sr, c);
                }
                fn >>= 1;
                sn >>= 1;
            }
            return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
        }
    }
}
