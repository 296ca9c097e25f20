package org.labourtracker.api.confidential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes through, with every confidential term replaced by its pseudonym. A term may arrive split
 * over two writes, so the last bytes that could begin one are held back until the next write or a
 * flush; a flush (the end of an answer, or of an event in a live feed) writes everything.
 */
final class MaskingOutputStream extends OutputStream {

    private record Term(byte[] bytes, byte[] replacement) {
    }

    private final OutputStream out;
    private final List<Term> terms;
    private final int longest;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream out, Map<String, String> replacements) {
        this.out = out;
        // As written in JSON, CSV and plain text, and as HTML escapes it in the pages.
        this.terms = replacements.entrySet().stream()
                .flatMap(entry -> Stream.of(entry.getKey(), HtmlUtils.htmlEscape(entry.getKey()))
                        .distinct()
                        .map(term -> new Term(term.getBytes(StandardCharsets.UTF_8),
                                entry.getValue().getBytes(StandardCharsets.UTF_8))))
                .sorted((a, b) -> Integer.compare(b.bytes().length, a.bytes().length))
                .toList();
        this.longest = terms.isEmpty() ? 1 : terms.get(0).bytes().length;
    }

    @Override
    public void write(int b) throws IOException {
        pending.write(b);
        drain(false);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        pending.write(bytes, offset, length);
        drain(false);
    }

    @Override
    public void flush() throws IOException {
        drain(true);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        out.close();
    }

    private void drain(boolean all) throws IOException {
        byte[] held = pending.toByteArray();
        int safe = all ? held.length : held.length - (longest - 1);
        if (safe <= 0) {
            return;
        }
        ByteArrayOutputStream masked = new ByteArrayOutputStream(held.length);
        int at = 0;
        while (at < safe) {
            Term found = match(held, at);
            if (found == null) {
                masked.write(held[at]);
                at++;
            } else {
                masked.writeBytes(found.replacement());
                at += found.bytes().length;
            }
        }
        masked.writeTo(out);
        pending.reset();
        pending.write(held, at, held.length - at);
    }

    private Term match(byte[] held, int at) {
        for (Term term : terms) {
            byte[] bytes = term.bytes();
            if (at + bytes.length <= held.length && startsWith(held, at, bytes)) {
                return term;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] held, int at, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (held[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
