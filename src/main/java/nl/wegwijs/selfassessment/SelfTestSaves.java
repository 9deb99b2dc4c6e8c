package nl.wegwijs.selfassessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Save and continue later": answers are only stored when the resident asks for it, under a code
 * that works for 30 days. The code is the only key (no account), so it is long enough not to be
 * guessed and only its hash is stored.
 */
@Service
public class SelfTestSaves {

    static final Duration VALID_FOR = Duration.ofDays(30);
    // No 0/O, 1/I/L: a code is often copied from paper.
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;

    private final SavedAnswersRepository saves;
    private final Questionnaires questionnaires;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SelfTestSaves(SavedAnswersRepository saves, Questionnaires questionnaires, Clock clock) {
        this.saves = saves;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Keeps the answers to {@code questionnaireId} and returns the code that brings them back. */
    @PreAuthorize("permitAll()")
    @Transactional
    public SaveCode save(String questionnaireId, Answers answers) {
        var questionnaire = questionnaires.byId(questionnaireId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown questionnaire " + questionnaireId));
        String code = newCode();
        var now = clock.instant();
        saves.save(new SavedAnswers(hash(code), questionnaire.id(),
                AnswersCodec.write(questionnaire.visibleOnly(answers)), now, now.plus(VALID_FOR)));
        return new SaveCode(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8),
                LocalDate.ofInstant(now.plus(VALID_FOR), clock.getZone()));
    }

    /** The answers saved under {@code code} (any case, spaces or dashes); empty when unknown or expired. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ResumedSelfTest> resume(String code) {
        String normalized = normalize(code);
        if (normalized == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        return saves.findById(hash(normalized))
                .filter(saved -> !saved.expiredAt(now))
                .filter(saved -> questionnaires.byId(saved.questionnaireId()).isPresent())
                .map(saved -> new ResumedSelfTest(saved.questionnaireId(), AnswersCodec.read(saved.answers())));
    }

    /** Deletes the answers saved under {@code code}, when the resident no longer wants them kept. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void forget(String code) {
        String normalized = normalize(code);
        if (normalized != null) {
            saves.deleteById(hash(normalized));
        }
    }

    @Scheduled(fixedDelayString = "${wegwijs.selfassessment.purge-interval:1h}", initialDelay = 60_000)
    @Transactional
    void purgeExpired() {
        saves.deleteExpired(clock.instant());
    }

    private String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String plain = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return plain.length() == LENGTH && plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? plain : null;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
