package nl.wegwijs.directory;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for an editor's draft, with a B1 message key per broken rule (keys under {@code editor.error}). */
final class DraftValidation {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
    /** Landlines, mobiles and 088/085 numbers: ten digits from 0; information numbers 0800/090x: 8 or 11. */
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}|0(800|900|906|909)([0-9]{4}|[0-9]{7})");
    /** The municipality's short number "14 0522" and the emergency and crisis lines. */
    private static final Pattern SHORT = Pattern.compile("140[1-9][0-9]{1,2}|112|113|116[0-9]{3}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+31(0)?[1-9][0-9]{8}");

    private DraftValidation() {
    }

    static List<FieldProblem> problems(ServiceDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", d.name(), 300);
        required(problems, "description", d.description(), 20_000);
        if (d.organizationId() == null && d.newOrganizationName() == null) {
            problems.add(FieldProblem.of("organization", "editor.error.organization"));
        } else if (d.organizationId() == null && d.newOrganizationName().length() > 300) {
            problems.add(FieldProblem.of("organization", "editor.error.too-long"));
        }
        if (d.phone() != null && !isPhone(d.phone())) {
            problems.add(FieldProblem.of("phone", "editor.error.phone"));
        }
        if (d.email() != null && (d.email().length() > 300 || !EMAIL.matcher(d.email()).matches())) {
            problems.add(FieldProblem.of("email", "editor.error.email"));
        }
        if (d.website() != null && !isWebAddress(d.website())) {
            problems.add(FieldProblem.of("website", "editor.error.website"));
        }
        if (!d.free()) {
            if (d.costAmount() != null && amount(d.costAmount()) == null) {
                problems.add(FieldProblem.of("costAmount", "editor.error.amount"));
            }
            if (d.costDescription() != null && d.costDescription().length() > 300) {
                problems.add(FieldProblem.of("costDescription", "editor.error.too-long"));
            }
        }
        if (d.accessTermId() == null) {
            problems.add(FieldProblem.of("access", "editor.error.access"));
        }
        if (d.categoryIds().isEmpty()) {
            problems.add(FieldProblem.of("categories", "editor.error.categories"));
        }
        if (d.groupIds().isEmpty()) {
            problems.add(FieldProblem.of("groups", "editor.error.groups"));
        }
        for (int i = 0; i < d.locations().size(); i++) {
            location(problems, i, d.locations().get(i));
        }
        for (int i = 0; i < d.hours().size(); i++) {
            hours(problems, i, d.hours().get(i));
        }
        return problems;
    }

    static boolean isPhone(String phone) {
        String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        return NATIONAL.matcher(digits).matches() || SHORT.matcher(digits).matches()
                || INTERNATIONAL.matcher(digits).matches();
    }

    static boolean isWebAddress(String url) {
        if (url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isPostcode(String postcode) {
        return POSTCODE.matcher(postcode).matches();
    }

    /** An amount in euros as typed in Dutch ("2,50") or with a point; null when it is not one. */
    static BigDecimal amount(String text) {
        String plain = text.replace("€", "").strip();
        if (!plain.matches("[0-9]{1,6}([.,][0-9]{1,2})?")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(plain.replace(',', '.'));
        return amount.signum() > 0 ? amount : null;
    }

    static Double coordinate(String text, double limit) {
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            return Math.abs(value) <= limit ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void location(List<FieldProblem> problems, int i, ServiceDraft.Location l) {
        requiredAt(problems, "street", i, l.street());
        requiredAt(problems, "city", i, l.city());
        if (l.postcode() == null) {
            problems.add(new FieldProblem("postcode", i, "editor.error.required"));
        } else if (!isPostcode(l.postcode())) {
            problems.add(new FieldProblem("postcode", i, "editor.error.postcode"));
        }
        if (l.latitude() != null && coordinate(l.latitude(), 90) == null) {
            problems.add(new FieldProblem("latitude", i, "editor.error.latitude"));
        }
        if (l.longitude() != null && coordinate(l.longitude(), 180) == null) {
            problems.add(new FieldProblem("longitude", i, "editor.error.longitude"));
        }
        if ((l.latitude() == null) != (l.longitude() == null)) {
            problems.add(new FieldProblem(l.latitude() == null ? "latitude" : "longitude", i, "editor.error.coordinates"));
        }
        for (String text : new String[] {l.name(), l.street(), l.city()}) {
            if (text != null && text.length() > 200) {
                problems.add(new FieldProblem("street", i, "editor.error.too-long"));
            }
        }
    }

    private static void hours(List<FieldProblem> problems, int i, ServiceDraft.Hours h) {
        if (h.day() == null) {
            problems.add(new FieldProblem("day", i, "editor.error.day"));
        }
        if (h.opens() == null) {
            problems.add(new FieldProblem("opens", i, "editor.error.time"));
        }
        if (h.closes() == null) {
            problems.add(new FieldProblem("closes", i, "editor.error.time"));
        } else if (h.opens() != null && !h.closes().isAfter(h.opens())) {
            problems.add(new FieldProblem("closes", i, "editor.error.closes-before-opens"));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "editor.error.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "editor.error.too-long"));
        }
    }

    private static void requiredAt(List<FieldProblem> problems, String field, int i, String value) {
        if (value == null) {
            problems.add(new FieldProblem(field, i, "editor.error.required"));
        }
    }
}
