package dev.accord.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Turns bytes into text without mojibake. Declarations lie often on the web (a Latin-1 page that
 * says UTF-8, a UTF-8 page that says ISO-8859-1), so the bytes decide first: text that is valid UTF-8
 * is UTF-8, because other encodings almost never form valid UTF-8 by chance; otherwise a declared
 * single-byte charset is used, and failing that Windows-1252, the superset of Latin-1 that browsers
 * use for "ISO-8859-1".
 */
final class Decoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Share of C1 control characters above which decoded Windows-1252 is taken as binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private Decoding() {
    }

    /** The decoded text with a leading byte order mark removed. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(String inputName, byte[] bytes, String declaredCharset) throws UnreadableInputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && !startsWithUtf16Bom(bytes)) {
            throw new UnreadableInputException(inputName, "binary content (a NUL byte at offset " + nul
                    + "); expected a news article as text");
        }
        if (startsWithUtf16Bom(bytes)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            String s = utf8.get();
            return new Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, StandardCharsets.UTF_8);
        }
        Charset fallback = singleByteCharset(declaredCharset).orElse(WINDOWS_1252);
        String s = new String(bytes, fallback);
        long controls = s.chars().filter(c -> c >= 0x80 && c < 0xA0 || c == 0xFFFD).count();
        if (controls > Math.max(2, s.length() * MAX_CONTROL_SHARE)) {
            throw new UnreadableInputException(inputName, "neither UTF-8 nor " + fallback.name() + " text ("
                    + controls + " control or undecodable characters); expected a news article as text");
        }
        return new Decoded(s, fallback);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A declared charset worth trusting for bytes that are not UTF-8: a known one other than UTF-8 itself. */
    private static Optional<Charset> singleByteCharset(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String name = declared.strip().replace("\"", "").replace("'", "");
        try {
            Charset c = Charset.forName(name);
            if (c.equals(StandardCharsets.UTF_8) || c.name().startsWith("UTF-")) {
                return Optional.empty();
            }
            // Browsers read ISO-8859-1 and US-ASCII as Windows-1252 (WHATWG Encoding); so do we.
            if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(c);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
    }

    static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
