package nl.wegwijs.directory.ui;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.directory.ServiceDraft;

/** One part of a draft as plain text, for the side-by-side view when two editors changed a service. */
final class DraftText {

    private final BiFunction<String, Object[], String> translate;
    private final Function<String, String> termName;
    private final Function<String, String> organizationName;

    DraftText(BiFunction<String, Object[], String> translate, Function<String, String> termName,
            Function<String, String> organizationName) {
        this.translate = translate;
        this.termName = termName;
        this.organizationName = organizationName;
    }

    String describe(ServiceDraft d, String field) {
        String text = switch (field) {
            case "name" -> d.name();
            case "description" -> d.description();
            case "organization" -> d.organizationId() != null ? organizationName.apply(d.organizationId())
                    : d.newOrganizationName();
            case "phone" -> d.phone();
            case "email" -> d.email();
            case "website" -> d.website();
            case "cost" -> d.free() ? t("editor.field.cost-free") : join(t("editor.field.cost-own"),
                    d.costAmount() == null ? null : "€ " + d.costAmount(), d.costDescription());
            case "access" -> d.accessTermId() == null ? null : termName.apply(d.accessTermId());
            case "categories" -> terms(d.categoryIds());
            case "groups" -> terms(d.groupIds());
            case "locations" -> d.locations().stream().map(l -> join(l.name(), l.street(), l.postcode(), l.city()))
                    .collect(Collectors.joining("; "));
            case "hours" -> d.sortedHours().stream().map(h -> (h.day() == null ? "?" : t("editor.day." + h.day().name()))
                    + " " + h.opens() + "–" + h.closes()).collect(Collectors.joining("; "));
            default -> null;
        };
        return text == null || text.isBlank() ? t("editor.compare.empty") : text;
    }

    private String terms(Set<String> ids) {
        return ids.stream().map(termName).sorted().collect(Collectors.joining(", "));
    }

    private String t(String key) {
        return translate.apply(key, new Object[0]);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }
}
