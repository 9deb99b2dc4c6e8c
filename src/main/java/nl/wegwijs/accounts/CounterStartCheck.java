package nl.wegwijs.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks on what an employee typed to start a counter session; each problem names its field. */
final class CounterStartCheck {

    static final int MAX_NAME = 200;
    private static final Pattern LAST_FOUR = Pattern.compile("[A-Z0-9]{4}");

    private CounterStartCheck() {
    }

    static List<CounterSessionRejected.Problem> problems(CounterStart start) {
        var problems = new ArrayList<CounterSessionRejected.Problem>();
        if (blank(start.residentBsn())) {
            problems.add(problem("residentBsn", "bsn.missing"));
        } else if (Bsn.parse(start.residentBsn()).isEmpty()) {
            problems.add(problem("residentBsn", "bsn.invalid"));
        }
        if (blank(start.residentName())) {
            problems.add(problem("residentName", "name.missing"));
        } else if (start.residentName().strip().length() > MAX_NAME) {
            problems.add(problem("residentName", "name.too-long"));
        }
        if (start.document() == null) {
            problems.add(problem("document", "document.missing"));
        }
        if (blank(start.documentLast4())) {
            problems.add(problem("documentLast4", "last4.missing"));
        } else if (lastFour(start.documentLast4()) == null) {
            problems.add(problem("documentLast4", "last4.invalid"));
        }
        if (start.scope() == null || start.scope().isEmpty()) {
            problems.add(problem("scope", "scope.missing"));
        }
        if (!start.consent()) {
            problems.add(problem("consent", "consent.missing"));
        }
        return problems;
    }

    /** The last four characters as stored (upper case, spaces ignored), or null when they are not exactly four letters or digits. */
    static String lastFour(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return LAST_FOUR.matcher(compact).matches() ? compact : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static CounterSessionRejected.Problem problem(String field, String code) {
        return new CounterSessionRejected.Problem(field, code);
    }
}
