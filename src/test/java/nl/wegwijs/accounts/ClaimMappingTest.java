package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    @Test
    void readsANestedClaimByItsDottedPath() {
        Map<String, Object> claims = Map.of("aanvrager", Map.of("bsn", "999990044"));
        assertThat(ClaimMapping.text(claims, "aanvrager.bsn")).contains("999990044");
    }

    @Test
    void prefersAKeyThatItselfContainsTheDots() {
        Map<String, Object> claims = Map.of("aanvrager.bsn", "999990056", "aanvrager", Map.of("bsn", "999990044"));
        assertThat(ClaimMapping.text(claims, "aanvrager.bsn")).contains("999990056");
    }

    @Test
    void treatsAbsentEmptyAndUnconfiguredClaimsAsMissing() {
        Map<String, Object> claims = Map.of("bsn", "  ", "aanvrager", "not a map");
        assertThat(ClaimMapping.text(claims, "bsn")).isEmpty();
        assertThat(ClaimMapping.text(claims, "aanvrager.bsn")).isEmpty();
        assertThat(ClaimMapping.text(claims, "")).isEmpty();
        assertThat(ClaimMapping.text(claims, "missing")).isEmpty();
    }

    @Test
    void readsTheEndOfAMandateAsEpochSecondsInstantOrDutchDate() {
        assertThat(ClaimMapping.instant(Map.of("end", 1_900_000_000L), "end"))
                .contains(Instant.ofEpochSecond(1_900_000_000L));
        assertThat(ClaimMapping.instant(Map.of("end", "1900000000"), "end"))
                .contains(Instant.ofEpochSecond(1_900_000_000L));
        assertThat(ClaimMapping.instant(Map.of("end", "2030-05-01T10:00:00Z"), "end"))
                .contains(Instant.parse("2030-05-01T10:00:00Z"));
        // Until 1 May means the whole of 1 May in the Netherlands (summer time: UTC+2).
        assertThat(ClaimMapping.instant(Map.of("end", "2030-05-01"), "end"))
                .contains(Instant.parse("2030-05-01T22:00:00Z"));
    }

    @Test
    void refusesAnUnreadableEnd() {
        assertThatThrownBy(() -> ClaimMapping.instant(Map.of("end", "next tuesday"), "end"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
