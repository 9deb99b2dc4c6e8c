package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carer's dashboard ("Ik regel zaken voor"): each person the signed-in resident acts or asked
 * to act for, with their applications and messages from every {@link RepresenteeMatters} bean.
 * Items are only fetched for a representation that is valid right now and covers the matter, and
 * each person whose items were looked up gets a VIEWED line in the audit log.
 */
@Service
public class RepresentedPeople {

    /** The kinds of matters the dashboard lists per person. */
    public static final List<Matter> LISTED = List.of(Matter.APPLICATIONS, Matter.MESSAGES);

    static final String OBJECT = "representee-matters";

    private final Representations representations;
    private final ObjectProvider<RepresenteeMatters> sources;
    private final AuditLog audit;
    private final Clock clock;

    RepresentedPeople(Representations representations, ObjectProvider<RepresenteeMatters> sources, AuditLog audit,
            Clock clock) {
        this.representations = representations;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** One entry per person, the most relevant representation first (valid, then waiting, then the newest ended). */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<RepresentedPerson> overview(Locale locale) {
        Instant now = clock.instant();
        Map<Bsn, RepresentationSummary> byPerson = new LinkedHashMap<>();
        for (RepresentationSummary representation : representations.actingFor()) {
            byPerson.merge(representation.representee(), representation,
                    (kept, other) -> rank(other, now) < rank(kept, now) ? other : kept);
        }
        return byPerson.values().stream().map(representation -> person(representation, now, locale)).toList();
    }

    private RepresentedPerson person(RepresentationSummary representation, Instant now, Locale locale) {
        Map<Matter, List<MatterItem>> matters = new LinkedHashMap<>();
        if (representation.validAt(now)) {
            for (Matter matter : LISTED) {
                if (representation.scope().contains(matter)
                        && representations.mayActFor(representation.representee(), matter)) {
                    matters.put(matter, itemsOf(representation.representee(), matter, locale));
                }
            }
        }
        if (!matters.isEmpty()) {
            audit.record(AuditAction.VIEWED, OBJECT, representation.id().value().toString(),
                    representation.representee());
        }
        return new RepresentedPerson(representation, matters);
    }

    private List<MatterItem> itemsOf(Bsn representee, Matter matter, Locale locale) {
        return sources.orderedStream().filter(source -> source.matter() == matter)
                .flatMap(source -> source.itemsOf(representee, locale).stream())
                .sorted(Comparator.comparing(MatterItem::changedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static int rank(RepresentationSummary representation, Instant now) {
        if (representation.validAt(now)) {
            return 0;
        }
        return representation.status() == RepresentationStatus.REQUESTED ? 1 : 2;
    }
}
