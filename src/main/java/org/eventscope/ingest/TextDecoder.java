package org.eventscope.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
 * Never throws on bad bytes: undecodable bytes become U+FFFD.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** True when the bytes look binary (a NUL byte in text that is not UTF-16). */
    public static boolean looksBinary(byte[] bytes) {
        if (hasUtf16Bom(bytes)) return false;
        int n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    public static String decode(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return lenient(StandardCharsets.UTF_8, b, 3);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) return lenient(StandardCharsets.UTF_16BE, b, 2);
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) return lenient(StandardCharsets.UTF_16LE, b, 2);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return lenient(WINDOWS_1252, b, 0);
        }
    }

    private static String lenient(Charset cs, byte[] b, int skip) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, skip, b.length - skip));
            return out.toString();
        } catch (CharacterCodingException e) {
            return new String(b, skip, b.length - skip, cs);
        }
    }
}
