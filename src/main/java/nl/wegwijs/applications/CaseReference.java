package nl.wegwijs.applications;

import java.util.regex.Pattern;

/** The reference a resident quotes: {@code WMO-2026-000042}. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("WMO-\\d{4}-\\d{6}");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case reference");
        }
    }

    static CaseReference of(int year, long number) {
        return new CaseReference("WMO-%04d-%06d".formatted(year, number));
    }

    /** The reference in {@code text} (as in a URL), or null when it is not one. */
    public static CaseReference parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? new CaseReference(text) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
