package nl.wegwijs.chat.canned;

import nl.wegwijs.chat.ChatDesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the canned responses (format in the file's header): {@code = label} starts one, the lines
 * under it are its text. Anything doubtful is refused with file and line, so a mistake shows at
 * start-up and never in front of a visitor.
 */
final class CannedResponsesFile {

    static final int MAX_LABEL = 60;
    /** The protocol's limit for one message. */
    static final int MAX_TEXT = ChatDesk.MAX_TEXT;

    private static final String LABEL = "=";
    private static final Pattern FORMAL = Pattern.compile("(?<!\\p{L})(u|uw)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CannedResponsesFile() {
    }

    /** Reads the file; {@code source} names it in error messages. */
    static List<CannedResponse> read(InputStream in, String source) throws IOException {
        List<String> lines = lines(in.readAllBytes(), source);
        List<CannedResponse> responses = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        String label = null;
        int labelLine = 0;
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            int number = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(LABEL)) {
                add(responses, labels, label, text, source, labelLine);
                label = label(line.substring(LABEL.length()).strip(), source, number);
                labelLine = number;
                text = new ArrayList<>();
            } else if (label != null) {
                text.add(line);
            } else if (!line.isBlank()) {
                throw new InvalidCannedResponsesException(source, number,
                        "text before the first label; start each response with a line \"= label\"");
            }
        }
        add(responses, labels, label, text, source, labelLine);
        if (responses.isEmpty()) {
            throw new InvalidCannedResponsesException(source, lines.size(), "contains no responses at all");
        }
        return List.copyOf(responses);
    }

    private static String label(String label, String source, int line) {
        if (label.isEmpty()) {
            throw new InvalidCannedResponsesException(source, line, "the label after = is empty");
        }
        if (label.length() > MAX_LABEL) {
            throw new InvalidCannedResponsesException(source, line, "the label '" + label + "' is longer than "
                    + MAX_LABEL + " characters");
        }
        return label;
    }

    private static void add(List<CannedResponse> responses, Set<String> labels, String label, List<String> lines,
            String source, int line) {
        if (label == null) {
            return;
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            throw new InvalidCannedResponsesException(source, line, "'" + label + "' has no text under it");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidCannedResponsesException(source, line, "the text of '" + label + "' is " + text.length()
                    + " characters; a chat message may have " + MAX_TEXT + " at most");
        }
        var formal = FORMAL.matcher(text);
        if (formal.find()) {
            throw new InvalidCannedResponsesException(source, line, "the text of '" + label + "' says '"
                    + formal.group() + "'; the chat speaks to visitors as je/jij, not u/uw");
        }
        if (!labels.add(label.toLowerCase(Locale.ROOT))) {
            throw new InvalidCannedResponsesException(source, line, "the label '" + label + "' is used twice");
        }
        responses.add(new CannedResponse(label, text));
    }

    /** Decoded line by line, so an encoding error is reported on its own line. */
    private static List<String> lines(byte[] bytes, String source) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                lines.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - start)).toString()
                        .replace("\uFEFF", "").replace("\r", ""));
            } catch (CharacterCodingException e) {
                throw new InvalidCannedResponsesException(source, lines.size() + 1, "is not valid UTF-8 text");
            }
            start = end + 1;
        }
        return lines;
    }
}
