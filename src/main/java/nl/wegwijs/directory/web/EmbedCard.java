package nl.wegwijs.directory.web;

import nl.wegwijs.directory.hsds.Hsds;

/** What the embeddable card shows of a service: name, organisation, one line of summary, phone, free or not. */
final class EmbedCard {

    static final int SUMMARY_LENGTH = 140;

    private EmbedCard() {
    }

    static EmbedPage.Item item(Hsds.Service service) {
        Hsds.Phone phone = Hsds.orEmpty(service.phones()).stream()
                .filter(p -> p.number() != null && p.number().matches(".*\\d.*")).findFirst().orElse(null);
        boolean free = Hsds.orEmpty(service.costOptions()).stream().noneMatch(c -> c.amount() != null && c.amount() > 0);
        return new EmbedPage.Item(service.id(), service.name(), service.organization().name(),
                summary(service.description()), phone == null ? null : phone.number().strip(),
                phone == null ? null : "tel:" + phone.number().replaceAll("[^0-9+]", ""), free);
    }

    /** The first sentence, or the first words up to about 140 characters with an ellipsis. */
    static String summary(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ");
        int sentence = text.indexOf(". ");
        if (sentence > 0 && sentence < SUMMARY_LENGTH) {
            return text.substring(0, sentence + 1);
        }
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, space > 0 ? space : SUMMARY_LENGTH).replaceAll("[,;:]$", "") + "\u2026";
    }
}
