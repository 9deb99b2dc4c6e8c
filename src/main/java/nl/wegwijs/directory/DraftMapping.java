package nl.wegwijs.directory;

import static nl.wegwijs.directory.hsds.Hsds.orEmpty;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.wegwijs.directory.hsds.Hsds;

/** Reads the editor's form values out of a stored HSDS service; the inverse of {@link ServiceAssembly}. */
final class DraftMapping {

    static final String CATEGORY = "wegwijs-categorie";
    static final String GROUP = "wegwijs-doelgroep";
    static final String ACCESS = "wegwijs-toegang";
    static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Pattern PLAIN_DAYS = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");

    private DraftMapping() {
    }

    static ServiceDraft draft(Hsds.Service s) {
        Hsds.Phone phone = orEmpty(s.phones()).stream().findFirst().orElse(null);
        Cost cost = cost(s);
        return new ServiceDraft(s.name(), s.description(), s.organization().id(), null,
                phone == null ? null : phone.number(), s.email(), s.url(), cost.free(), cost.amount(),
                cost.description(), terms(s, ACCESS).stream().findFirst().orElse(null), terms(s, CATEGORY),
                terms(s, GROUP), locations(s), hours(s));
    }

    /** Whether the form shows and edits this schedule: weekly, on whole weekdays, with both times. */
    static boolean isSimple(Hsds.Schedule h) {
        return (h.freq() == null || "WEEKLY".equals(h.freq())) && (h.interval() == null || h.interval() == 1)
                && h.byday() != null && PLAIN_DAYS.matcher(h.byday()).matches() && time(h.opensAt()) != null
                && time(h.closesAt()) != null && h.validFrom() == null && h.validTo() == null && h.until() == null
                && h.count() == null && h.bymonthday() == null && h.byweekno() == null && h.byyearday() == null;
    }

    /** Whether the form shows this location: a physical place (online and postal ones are kept as they are). */
    static boolean isEditable(Hsds.ServiceAtLocation at) {
        return at.location() != null && "physical".equals(at.location().locationType());
    }

    static List<ServiceDraft.Hours> hours(Hsds.Service s) {
        List<ServiceDraft.Hours> hours = new ArrayList<>();
        for (Hsds.Schedule h : orEmpty(s.schedules())) {
            if (isSimple(h)) {
                for (String day : h.byday().split(",")) {
                    hours.add(new ServiceDraft.Hours(DAYS.get(day), time(h.opensAt()), time(h.closesAt())));
                }
            }
        }
        return hours.stream().sorted(ServiceDraft.Hours.ORDER).toList();
    }

    static List<ServiceDraft.Location> locations(Hsds.Service s) {
        List<ServiceDraft.Location> locations = new ArrayList<>();
        for (Hsds.ServiceAtLocation at : orEmpty(s.serviceAtLocations())) {
            if (isEditable(at)) {
                Hsds.Location l = at.location();
                Hsds.Address a = orEmpty(l.addresses()).stream().findFirst().orElse(null);
                locations.add(new ServiceDraft.Location(l.id(), l.name(), a == null ? null : a.address1(),
                        a == null ? null : a.postalCode(), a == null ? null : a.city(),
                        l.latitude() == null ? null : String.valueOf(l.latitude()),
                        l.longitude() == null ? null : String.valueOf(l.longitude())));
            }
        }
        return locations;
    }

    /** Free when nothing asks for money and nothing names a contribution; otherwise the first amount and label. */
    static Cost cost(Hsds.Service s) {
        List<Hsds.CostOption> options = orEmpty(s.costOptions());
        boolean free = options.stream().allMatch(c -> (c.amount() == null || c.amount() == 0)
                && (c.option() == null || c.option().equalsIgnoreCase("gratis")));
        if (free) {
            return new Cost(true, null, null);
        }
        Hsds.CostOption first = options.stream().filter(c -> c.amount() != null && c.amount() > 0).findFirst()
                .orElse(options.getFirst());
        String amount = first.amount() == null || first.amount() == 0 ? null
                : String.format(Locale.of("nl"), "%.2f", first.amount());
        String description = first.option();
        if (first.amountDescription() != null && !first.amountDescription().isBlank()) {
            description = description == null ? first.amountDescription() : description + " – " + first.amountDescription();
        }
        return new Cost(false, amount, description);
    }

    record Cost(boolean free, String amount, String description) {
    }

    static Set<String> terms(Hsds.Service s, String taxonomy) {
        Set<String> ids = new TreeSet<>();
        orEmpty(s.attributes()).stream().filter(a -> a.taxonomyTerm() != null && taxonomy.equals(a.taxonomyTerm().taxonomy()))
                .forEach(a -> ids.add(a.taxonomyTerm().id()));
        return ids;
    }

    static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
