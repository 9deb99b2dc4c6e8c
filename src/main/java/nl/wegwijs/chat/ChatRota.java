package nl.wegwijs.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.Role;
import nl.wegwijs.accounts.StaffAccounts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call rota: coordinators add and remove shifts, the conversation engine asks who is on
 * duty. Times are entered in the portal's time zone; shifts may run past midnight.
 */
@Service
public class ChatRota implements DutyRota {

    /** The zone shifts are entered and shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Longest shift accepted: a typing error should not put someone on duty for days. */
    public static final Duration LONGEST_SHIFT = Duration.ofHours(24);

    private static final String COLUMNS = "id, responder, tier, starts_at, ends_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final StaffAccounts accounts;

    ChatRota(NamedParameterJdbcTemplate jdbc, Clock clock, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * Asked by the conversation engine (without a signed-in user) for every responder on every
     * routing pass, so it reads a snapshot of the shifts around now, renewed every half minute and
     * after each change. When nobody has a shift at that moment the rota is not in use then, and
     * whoever makes themselves available is on duty: a municipality that plans only its nights is
     * not left without answers by day.
     */
    @Override
    @PreAuthorize("permitAll()")
    public boolean isOnDuty(String username, Instant at) {
        if (username == null || at == null) {
            return false;
        }
        List<Shift> current = snapshot(at).stream()
                .filter(shift -> !shift.start().isAfter(at) && shift.end().isAfter(at)).toList();
        return current.isEmpty() || current.stream().anyMatch(shift -> shift.responder().equals(username));
    }

    /** As {@link #isOnDuty}, for many responders with one look at the snapshot. */
    @Override
    @PreAuthorize("permitAll()")
    public Set<String> onDutyAmong(Collection<String> usernames, Instant at) {
        if (at == null) {
            return Set.of();
        }
        Set<String> onShift = snapshot(at).stream().filter(shift -> !shift.start().isAfter(at) && shift.end().isAfter(at))
                .map(Shift::responder).collect(Collectors.toSet());
        return usernames.stream().filter(username -> username != null && (onShift.isEmpty() || onShift.contains(username)))
                .collect(Collectors.toSet());
    }

    private record Snapshot(Instant from, Instant to, Instant loadedAt, List<Shift> shifts) {
    }

    private volatile Snapshot snapshot;

    private List<Shift> snapshot(Instant at) {
        Snapshot loaded = snapshot;
        Instant now = clock.instant();
        if (loaded == null || at.isBefore(loaded.from()) || !at.isBefore(loaded.to())
                || loaded.loadedAt().plusSeconds(30).isBefore(now)) {
            Instant from = at.minus(LONGEST_SHIFT);
            Instant to = at.plus(Duration.ofHours(1));
            loaded = new Snapshot(from, to, now, jdbc.query("SELECT " + COLUMNS + " FROM chat_shift"
                    + " WHERE ends_at > :from AND starts_at < :to", Map.of("from", utc(from), "to", utc(to)),
                    ChatRota::shift));
            snapshot = loaded;
        }
        return loaded.shifts();
    }

    /** Everyone on duty at the moment, by start. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<Shift> onDuty(Instant at) {
        return jdbc.query("SELECT " + COLUMNS + " FROM chat_shift WHERE starts_at <= :at AND ends_at > :at"
                + " ORDER BY starts_at, responder", Map.of("at", utc(at)), ChatRota::shift);
    }

    /** The shifts that touch the week (Monday to Sunday) containing {@code day}, by start. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<Shift> week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.query("SELECT " + COLUMNS + " FROM chat_shift WHERE starts_at < :to AND ends_at > :from"
                + " ORDER BY starts_at, responder", Map.of("from", local(monday.atStartOfDay()),
                        "to", local(monday.plusWeeks(1).atStartOfDay())), ChatRota::shift);
    }

    /** Staff who may take shifts: volunteers, and crisis workers (who may also take a volunteer shift). */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<RotaMember> responders() {
        return accounts.enabledWithAnyRole(Set.of(Role.VOLUNTEER, Role.CRISIS_WORKER)).stream()
                .map(account -> new RotaMember(account.username(), account.displayName(),
                        account.roles().contains(Role.CRISIS_WORKER)
                                ? EnumSet.allOf(Shift.Tier.class) : EnumSet.of(Shift.Tier.VOLUNTEER)))
                .toList();
    }

    /** Adds a shift, or says which field is wrong; a responder never has two shifts at once. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public Shift add(ShiftRequest request) {
        ShiftTimes.Checked times = ShiftTimes.check(request, clock.instant());
        RotaMember responder = responders().stream().filter(r -> r.username().equals(request.responder()))
                .findFirst().orElseThrow(() -> new ShiftRejected(ShiftRejected.Field.RESPONDER,
                        "chat.rota.error.responder-unknown"));
        if (!responder.tiers().contains(request.tier())) {
            throw new ShiftRejected(ShiftRejected.Field.TIER, "chat.rota.error.tier-not-allowed");
        }
        jdbc.queryForList("SELECT id FROM chat_rota_lock WHERE id = 1 FOR UPDATE", Map.of(), Integer.class);
        Map<String, Object> row = Map.of("responder", responder.username(), "tier", request.tier().name(),
                "start", utc(times.start()), "end", utc(times.end()),
                "by", SecurityContextHolder.getContext().getAuthentication().getName(), "now", utc(clock.instant()));
        Optional<Shift> clash = jdbc.query("SELECT " + COLUMNS + " FROM chat_shift WHERE responder = :responder"
                + " AND starts_at < :end AND ends_at > :start ORDER BY starts_at", row, ChatRota::shift).stream().findFirst();
        if (clash.isPresent()) {
            throw new ShiftRejected(ShiftRejected.Field.START, "chat.rota.error.overlap", clash.get());
        }
        jdbc.update("INSERT INTO chat_shift (responder, tier, starts_at, ends_at, created_by, created_at)"
                + " VALUES (:responder, :tier, :start, :end, :by, :now)", row);
        snapshot = null;
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM chat_shift WHERE responder = :responder"
                + " AND starts_at = :start", row, ChatRota::shift);
    }

    /** Removes a shift; false when it was already gone. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public boolean remove(long shiftId) {
        snapshot = null;
        return jdbc.update("DELETE FROM chat_shift WHERE id = :id", Map.of("id", shiftId)) > 0;
    }

    private static Shift shift(ResultSet rs, int row) throws SQLException {
        return new Shift(rs.getLong("id"), rs.getString("responder"), Shift.Tier.valueOf(rs.getString("tier")),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime local(LocalDateTime time) {
        return utc(time.atZone(ZONE).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
