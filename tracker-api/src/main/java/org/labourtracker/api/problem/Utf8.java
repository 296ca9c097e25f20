package org.labourtracker.api.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as it was sent, or a refusal: bytes that are not UTF-8 would otherwise be replaced by
 * U+FFFD and stored as something the sender never wrote.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The bytes as text; {@code field} names them in the problem if they are not UTF-8. */
    public static String decode(byte[] bytes, String field) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return strict.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequest(field, "is not valid UTF-8: the byte at offset " + in.position()
                    + " does not belong to a UTF-8 character; nothing was recorded");
        }
    }
}
