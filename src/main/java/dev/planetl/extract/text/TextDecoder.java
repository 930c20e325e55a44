package dev.planetl.extract.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a text file into NFC text without ever asking the platform for its charset.
 *
 * <p>Order of trust: a byte-order mark (UTF-8, UTF-16 BE/LE) wins; otherwise the bytes are decoded as strict
 * UTF-8; bytes that are not valid UTF-8 but decode cleanly as CP949 (the Windows superset of EUC-KR that Korean
 * government converters still write) are read as CP949; anything else is read as UTF-8 with the bad bytes
 * replaced by U+FFFD and a warning saying how many. Thread-safe: decoders are created per call.
 */
public final class TextDecoder {

    /** CP949 under the name the JDK's extended charsets use; EUC-KR where that module is absent. */
    public static final Charset KOREAN = Charset.isSupported("x-windows-949")
            ? Charset.forName("x-windows-949") : Charset.forName("EUC-KR");

    private TextDecoder() {
    }

    /**
     * @param text the decoded, NFC-normalised text (the BOM removed)
     * @param charset the charset the bytes were read as
     * @param warnings what was worked around (replaced bytes), never null
     */
    public record DecodedText(String text, Charset charset, List<String> warnings) {
        public DecodedText {
            warnings = List.copyOf(warnings);
        }
    }

    public static DecodedText decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(decodeOrReplace(bytes, 3, StandardCharsets.UTF_8, warnings), StandardCharsets.UTF_8, warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(decodeOrReplace(bytes, 2, StandardCharsets.UTF_16BE, warnings), StandardCharsets.UTF_16BE, warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(decodeOrReplace(bytes, 2, StandardCharsets.UTF_16LE, warnings), StandardCharsets.UTF_16LE, warnings);
        }
        try {
            return finish(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, warnings);
        } catch (CharacterCodingException notUtf8) {
            try {
                return finish(strict(bytes, 0, KOREAN), KOREAN, warnings);
            } catch (CharacterCodingException notKorean) {
                String text = decodeOrReplace(bytes, 0, StandardCharsets.UTF_8, warnings);
                return finish(text, StandardCharsets.UTF_8, warnings);
            }
        }
    }

    private static DecodedText finish(String text, Charset charset, List<String> warnings) {
        return new DecodedText(Normalizer.normalize(text, Normalizer.Form.NFC), charset, warnings);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static String decodeOrReplace(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        try {
            return strict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, charset);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            warnings.add("the text is neither valid " + charset.name() + " nor CP949: " + replaced
                    + " undecodable byte sequence(s) were replaced by U+FFFD");
            return text;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
