package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** A blocked device stays blocked for 24 hours or 7 days and is then let in again, by itself. */
@PostgresTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ChatBlocksTest {

    private static final String TOKEN = "d-4f9c0e7b1a2d48c6b3e5f70812a9c4de";

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatBlocks springBean;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T21:00:00Z"));
    private ChatBlocks blocks;

    @BeforeEach
    void emptyTable() {
        jdbc.update("DELETE FROM chat_device_block");
        blocks = new ChatBlocks(named, clock);
    }

    @Test
    void aDayBlockEndsAfterTwentyFourHours() {
        assertThat(blocks.block(TOKEN, ChatBlocks.Length.DAY)).isEqualTo(Instant.parse("2026-11-24T21:00:00Z"));
        assertThat(blocks.isBlocked(TOKEN)).isTrue();
        assertThat(blocks.isBlocked(TOKEN + "x")).as("another device").isFalse();

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(blocks.isBlocked(TOKEN)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(blocks.isBlocked(TOKEN)).isFalse();
    }

    @Test
    void aWeekBlockEndsAfterSevenDays() {
        blocks.block(TOKEN, ChatBlocks.Length.WEEK);
        clock.advance(Duration.ofDays(6));
        assertThat(blocks.isBlocked(TOKEN)).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(blocks.isBlocked(TOKEN)).isFalse();
    }

    @Test
    void blockingAgainNeverShortensABlock() {
        blocks.block(TOKEN, ChatBlocks.Length.WEEK);
        clock.advance(Duration.ofDays(1));
        blocks.block(TOKEN, ChatBlocks.Length.DAY);
        clock.advance(Duration.ofDays(3));
        assertThat(blocks.isBlocked(TOKEN)).as("still the week's block").isTrue();

        blocks.block(TOKEN, ChatBlocks.Length.WEEK);
        clock.advance(Duration.ofDays(6));
        assertThat(blocks.isBlocked(TOKEN)).as("a new week from the second block").isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_device_block", Long.class)).isEqualTo(1);
    }

    @Test
    void storesOnlyAHashOfTheToken() {
        blocks.block(TOKEN, ChatBlocks.Length.DAY);
        assertThat(jdbc.queryForList("SELECT token_hash FROM chat_device_block", String.class)).singleElement()
                .satisfies(stored -> {
                    assertThat(stored).doesNotContain(TOKEN.substring(2, 20)).hasSize(64).matches("[0-9a-f]{64}");
                    assertThat(stored).isEqualTo(ChatBlocks.hash(TOKEN));
                });
    }

    @Test
    void theCleanupRemovesOnlyExpiredBlocks() {
        blocks.block(TOKEN, ChatBlocks.Length.DAY);
        blocks.block("another-device-token-0123456789", ChatBlocks.Length.WEEK);
        clock.advance(Duration.ofDays(2));
        assertThat(blocks.removeExpired()).isEqualTo(1);
        assertThat(blocks.isBlocked("another-device-token-0123456789")).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_device_block", Long.class)).isEqualTo(1);
    }

    @Test
    void theEngineAsksWithoutASignedInUserButOnlyCoordinatorsBlock() {
        springBean.block(TOKEN, ChatBlocks.Length.DAY);
        SecurityContextHolder.clearContext();
        assertThat(springBean.isBlocked(TOKEN)).isTrue();
        assertThat(springBean.isBlocked(null)).isFalse();
        assertThatThrownBy(() -> springBean.block("other", ChatBlocks.Length.DAY))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerCannotBlock() {
        assertThatThrownBy(() -> springBean.block(TOKEN, ChatBlocks.Length.DAY)).isInstanceOf(AccessDeniedException.class);
    }
}
