package nl.wegwijs.applications;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything a melding asks, as typed so far; any field may still be empty. Kept on the server
 * after every completed step (as JSON), so nothing typed is lost.
 *
 * @param difficulties the life domains that are hard, each with the resident's own words
 * @param ownStrength what the resident already does themselves
 * @param network what family, neighbours or friends already do
 * @param hasCarer whether someone cares for the resident (null: not answered yet)
 * @param carerSituation the carer's own situation: how long, how heavy
 * @param postcode and {@code houseNumber}: where the conversation can take place
 * @param notifyBy how the resident wants to hear about changes
 * @param personalPlan the personal plan as text (an uploaded plan is a document)
 */
public record MeldingAnswers(
        Map<LifeDomain, String> difficulties,
        String ownStrength,
        String network,
        Boolean hasCarer,
        String carerName,
        String carerSituation,
        String postcode,
        String houseNumber,
        String phone,
        String email,
        ContactMethod contactBy,
        String preferredTime,
        NotificationChannel notifyBy,
        Urgency urgency,
        String urgencyReason,
        String personalPlan) {

    public MeldingAnswers {
        difficulties = difficulties == null || difficulties.isEmpty()
                ? new EnumMap<>(LifeDomain.class) : new EnumMap<>(difficulties);
    }

    /** A melding with nothing answered yet. */
    public static MeldingAnswers empty() {
        return new MeldingAnswers(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
